//! Writes the CLDR data sister-letter carries, for a subset of locales, as baked Rust
//! (`src/locale/data/`): re-exported from ICU4X's compiled data (CLDR 49), which holds
//! every locale. Run by `dist/cldr/generate.sh`.

extern crate alloc;

use icu_provider::prelude::*;
use icu_provider_export::baked_exporter::{BakedExporter, Options};
use icu_provider_export::prelude::*;

/// The path the compiled data's macros name.
mod icu {
    pub use icu_datetime as datetime;
    pub use icu_decimal as decimal;
    pub use icu_experimental as experimental;
    pub use icu_list as list;
    pub use icu_locale as locale;
}

use icu_datetime::provider::names::*;
use icu_datetime::provider::semantic_skeletons::*;
use icu_decimal::provider::*;
use icu_experimental::displaynames::provider::*;
use icu_list::provider::*;
use icu_locale::provider::*;
use icu_locale_fallback::provider::LocaleLikelySubtagsLanguageV1;

/// ICU4X's compiled data for the markers sister-letter uses.
struct Compiled;

icu_datetime_data::make_provider!(Compiled);
use icu_datetime_data::*;
use icu_decimal_data::*;
use icu_experimental_data::*;
use icu_list_data::*;
use icu_locale_data::*;
use icu_locale_fallback_data::*;

__impl_datetime_patterns_date_gregorian_v1!(Compiled, ITER);
__impl_datetime_patterns_time_v1!(Compiled, ITER);
__impl_datetime_patterns_glue_v1!(Compiled, ITER);
__impl_datetime_names_month_gregorian_v1!(Compiled, ITER);
__impl_datetime_names_year_gregorian_v1!(Compiled, ITER);
__impl_datetime_names_weekday_v1!(Compiled, ITER);
__impl_datetime_names_dayperiod_v1!(Compiled, ITER);
__impl_decimal_symbols_v1!(Compiled, ITER);
__impl_decimal_digits_v1!(Compiled, ITER);
__impl_list_and_v1!(Compiled, ITER);
__impl_locale_names_language_v0!(Compiled, ITER);
__impl_locale_names_region_v0!(Compiled, ITER);
__impl_locale_likely_subtags_language_v1!(Compiled);
__impl_locale_likely_subtags_script_region_v1!(Compiled);

/// The likely subtags are singletons, one for every locale: their ITER arm names
/// `BtreeSet` in ICU4X 2.4.0's compiled data and does not compile, so their one
/// identifier is given here.
macro_rules! singleton {
    ($($marker:ty),*) => {$(
        impl icu_provider::IterableDataProvider<$marker> for Compiled {
            fn iter_ids(
                &self,
            ) -> Result<std::collections::BTreeSet<DataIdentifierCow<'static>>, DataError> {
                Ok([DataIdentifierCow::default()].into_iter().collect())
            }
        }
    )*};
}
singleton!(LocaleLikelySubtagsLanguageV1, LocaleLikelySubtagsScriptRegionV1);

icu_provider::export::make_exportable_provider!(
    Compiled,
    [
        DatetimePatternsDateGregorianV1,
        DatetimePatternsTimeV1,
        DatetimePatternsGlueV1,
        DatetimeNamesMonthGregorianV1,
        DatetimeNamesYearGregorianV1,
        DatetimeNamesWeekdayV1,
        DatetimeNamesDayperiodV1,
        DecimalSymbolsV1,
        DecimalDigitsV1,
        ListAndV1,
        LocaleNamesLanguageV0,
        LocaleNamesRegionV0,
        LocaleLikelySubtagsLanguageV1,
        LocaleLikelySubtagsScriptRegionV1,
    ]
);

fn main() {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().expect("usage: cldr-export DIR LOCALE..."));
    let locales: Vec<DataLocaleFamily> = args
        .map(|l| DataLocaleFamily::without_descendants(l.parse().expect("a locale")))
        .collect();
    let mut options = Options::default();
    options.use_separate_crates = true;
    options.overwrite = true;
    let exporter = BakedExporter::new(out, options).expect("the data folder");
    ExportDriver::new(
        locales,
        DeduplicationStrategy::Maximal.into(),
        LocaleFallbacker::new().static_to_owned(),
    )
    .export(&Compiled, exporter)
    .expect("the export");
}
