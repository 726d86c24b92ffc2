"""The pattern views: the network drawn unit by unit, the classes untangling, the pieces of the plane."""
