//! NISS document-pack advisor and the NISS / NIF checkers (being built: issue 4).
