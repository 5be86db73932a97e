"""The staff window's frame: sign-in, the workspace, banners, idle sign-out, start-up and screenshots."""
