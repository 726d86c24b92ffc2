"""The controls: run buttons, the setup form, speed, the playground's knobs."""
