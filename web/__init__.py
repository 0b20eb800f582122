"""The web console (issue 18): staff, supervisors and provinces sign in with LINE Login and work the
cases of their scope — the same rules and the same dispatch functions as in chat."""
