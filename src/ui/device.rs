//! What only the browser knows: today's date on the device, and files made or read on it.
//! Nothing here sends anything anywhere: a download is a Blob the browser saves, a file the
//! person picks is read in the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Today on the device's own calendar (its time zone), as the person sees it. The engines never
/// read a clock: the UI passes this date to them.
pub fn today() -> time::Date {
    let now = js_sys::Date::new_0();
    let month = time::Month::try_from(u8::try_from(now.get_month() + 1).unwrap_or(1)).unwrap_or(time::Month::January);
    let year = i32::try_from(now.get_full_year()).unwrap_or(2026);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    time::Date::from_calendar_date(year, month, day).unwrap_or(time::Date::MIN)
}

/// Downloads `text` as a file named `name` of type `mime`, made in the browser (a Blob and an
/// object URL: no request). The CSP needs nothing for this: following a blob: link to download
/// is not a fetch any directive governs.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let Ok(a) = document().create_element("a") else { return false };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download starts after this click returns: freeing the file now could cancel it (the
    // file is small, and a minute is plenty).
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    true
}

/// The text of the file the person picked in `input` (the first one), with its name; `Err` with
/// the file's size when it is over `max_bytes` (not read at all then); `None` when no file was
/// picked or it could not be read.
pub async fn picked_file(input: &web_sys::HtmlInputElement, max_bytes: usize) -> Option<Result<(String, String), f64>> {
    let file = input.files()?.get(0)?;
    if file.size() > max_bytes as f64 {
        return Some(Err(file.size()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok()?.as_string()?;
    Some(Ok((file.name(), text)))
}
