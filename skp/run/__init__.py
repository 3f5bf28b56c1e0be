"""Running the checks over many workbooks: discovery, parallel workers, cache, hierarchy."""
