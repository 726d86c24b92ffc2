"""Pictures of what the network computes: each unit over a plane, edges, the classes untangling, linear pieces."""
