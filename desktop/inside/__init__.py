"""Inside an epoch: activations, prediction trace, backward pass, weights, scrubber."""
