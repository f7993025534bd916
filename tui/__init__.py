"""The app: screens, bindings, command palette, clipboard and command line."""
