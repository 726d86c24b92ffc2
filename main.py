import sys

from desktop.startup.app import main

if __name__ == "__main__":
    sys.exit(main())
