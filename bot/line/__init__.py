"""The LINE adapter: the only code that talks to LINE, renders responses into LINE JSON and draws rich menus."""
