"""``python -m kiosk`` starts the visitor kiosk."""

import sys

from kiosk.app import visitor_main

sys.exit(visitor_main())
