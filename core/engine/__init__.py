"""The network and how it learns: settings, model, activations, trainer, phases."""
