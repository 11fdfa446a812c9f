"""Analytics over the store: what many documents say together (story clustering; later dyads, orbit index)."""
