"""The long-running loops: event workers, delivery workers, rich-menu linking, and the runtime that starts them."""
