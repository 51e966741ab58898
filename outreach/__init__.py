"""Checkpoint leaflets, the e-services catalogue and the regional migration departments."""
