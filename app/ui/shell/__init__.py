"""The application shell: start-up, the main window and its menus, style, language, settings."""
