"""Places: countries (``countries``), the gazetteer index (``index``), name keys
(``normalize``), matching and resolution (``matcher``, ``resolve``), GeoNames import
(``importer``, ``cli``) and geoparsing scores (``evaluate``). See docs/places.md."""
