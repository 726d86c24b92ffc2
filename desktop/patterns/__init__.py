"""The pattern views: the network unit by unit, the untangling, the pieces."""
