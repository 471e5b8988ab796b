//! The test users, the same in every test file: who signs, from where, with which
//! address. A test that needs something else of a name (an attack, a length) spells
//! it out where it is used.

/// The supporter whose letters the snapshots hold: a name with a diaeresis, an umlaut
/// and a hyphen.
pub const ZOE: &str = "Zoë Kraus-Müller";
/// Zoë's town and country, a comma between them.
pub const ZOE_TOWN: &str = "Lyon, France";
/// Zoë's email address, for a message's From line.
pub const ZOE_EMAIL: &str = "zoe@example.org";

/// The supporter with the shortest name, for tests about anything but the name.
pub const ADA: &str = "Ada";
/// Ada's whole name, with a space.
pub const ADA_IN_FULL: &str = "Ada Lovelace";
/// Ada's town.
pub const ADA_TOWN: &str = "Oslo";
/// Ada's email address.
pub const ADA_EMAIL: &str = "ada@example.org";

/// A Korean supporter, whose name is written in Hangul.
pub const JIHYUN: &str = "김지현";

/// A second supporter, for a test that needs a name other than the first.
pub const BEA: &str = "Bea";

/// A Korean supporter whose name and town have no Latin letter, and their Latin-script
/// forms, for the letters French readers read.
pub const MINJI: &str = "김민지";
pub const MINJI_LATIN: &str = "Kim Min-ji";
pub const MINJI_TOWN: &str = "서울";
pub const MINJI_TOWN_LATIN: &str = "Seoul";
