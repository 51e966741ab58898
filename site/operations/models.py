"""No models of its own. The module's presence makes Django send ``operations`` the
``post_migrate`` signal, which queues scheduled publishing (``OperationsConfig.ready``)."""
