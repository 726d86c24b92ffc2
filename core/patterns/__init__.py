"""Pictures of what the network computes: units over a plane, untangling, pieces."""
