//! The extract stage: HTML in (a WeChat editor draft, or what 135编辑器, 秀米, 壹伴, mdnice or
//! doocs/md paste), the text to check out, with a map from every byte of that text back to
//! the HTML source and the place each piece came from.
//!
//! Tokenizing is [`crate::markup`]'s (the WHATWG tokenizer's states, tags and text as byte
//! ranges of the source); here are the element stack, visibility and the pieces:
//!
//! * **Visible text** in document order, runs of white space collapsed as a browser does;
//!   block elements and `<br>` become line breaks; character references decoded, each
//!   decoded character mapped to its whole reference (`&#x6BD4;` → `比`); a word split over
//!   many `<span>`s stays one word.
//! * **What a reader reaches without seeing it as text**, each in its place: a link's
//!   `href` just before the link's text (so it sits in that sentence), an image's `alt`,
//!   `title` and file name, a mini-program card's path, title and name, a profile card's
//!   name, WeChat ID and signature.
//! * **Hidden text**: under `display:none`, `visibility:hidden`, `font-size:0`, `opacity:0`,
//!   a colour equal to its background, a zero-size box with `overflow:hidden`, a box or
//!   indent far off screen, or the `hidden` attribute. It is checked too, as [`Place::Hidden`].
//! * Never text: `<script>`, `<style>`, `<template>`, `<noscript>`, `<head>`, comments,
//!   class names, `style` and `data-darkmode-*` attributes.

use crate::markup::{Token, Tokenizer};
use crate::pos::{HtmlPos, OrigPos};

/// Where a piece of extracted text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Place {
    /// Text a reader sees.
    Visible,
    /// Text in the draft that a reader cannot see (hidden by styling or `hidden`).
    Hidden,
    /// A link target (`<a href>`).
    Href,
    /// An image's `alt` text.
    Alt,
    /// A `title` attribute (a tooltip).
    Title,
    /// An image's file name (`src`, `data-src`).
    Src,
    /// A mini-program or profile card's data.
    Card,
}

impl Place {
    /// Every place.
    pub const ALL: [Place; 7] =
        [Place::Visible, Place::Hidden, Place::Href, Place::Alt, Place::Title, Place::Src, Place::Card];

    /// The place named `s` in a report (`visible`, `href`…), as [`Place::as_str`] writes it.
    pub fn parse(s: &str) -> Option<Place> {
        Place::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The place's name in `lang`, for people reading where a finding's words are.
    pub fn label(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{En, Zh};
        match (self, lang) {
            (Place::Visible, Zh) => "正文",
            (Place::Hidden, Zh) => "隐藏文字",
            (Place::Href, Zh) => "链接地址",
            (Place::Alt, Zh) => "图片说明",
            (Place::Title, Zh) => "悬停提示",
            (Place::Src, Zh) => "图片文件名",
            (Place::Card, Zh) => "小程序/名片卡片",
            (Place::Visible, En) => "visible text",
            (Place::Hidden, En) => "hidden text",
            (Place::Href, En) => "link target",
            (Place::Alt, En) => "image text",
            (Place::Title, En) => "tooltip",
            (Place::Src, En) => "image file name",
            (Place::Card, En) => "mini-program or profile card",
        }
    }

    /// The stable name used in reports: `visible`, `hidden`, `href`, `alt`, `title`, `src`, `card`.
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Visible => "visible",
            Place::Hidden => "hidden",
            Place::Href => "href",
            Place::Alt => "alt",
            Place::Title => "title",
            Place::Src => "src",
            Place::Card => "card",
        }
    }
}

/// Extracted text with its map back to the HTML source.
#[derive(Debug, Clone)]
pub struct Extracted {
    text: String,
    /// Where each character of `text` came from in the source, as pieces in the order of
    /// the text (see [`Piece`]).
    map: Vec<Piece>,
    /// The source byte where the last piece, when it is a run, continues; [`RUN`] when
    /// the next character starts a new piece.
    run_next: u32,
    /// For each byte of `text`: where it came from.
    places: Vec<Place>,
}

impl Default for Extracted {
    fn default() -> Self {
        Extracted { text: String::new(), map: Vec::new(), run_next: RUN, places: Vec::new() }
    }
}

/// A stretch of the extracted text from byte `at` to the next piece (or the text's end).
/// A run (`end == RUN`) is characters copied as they are: the character at text byte
/// `at + k` came from source bytes `start + k..` of its own length. Any other piece is one
/// character, from `start..end` (a character reference, a line break made for a block).
/// Most text is runs, so the map costs a few bytes per piece instead of eight per byte.
#[derive(Debug, Clone, Copy)]
struct Piece {
    at: u32,
    start: u32,
    end: u32,
}

const RUN: u32 = u32::MAX;

impl Extracted {
    /// The text to check.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The source byte range of the extracted byte range `start..end` (on char boundaries):
    /// from the start of the first character's source to the end of the last one's. An
    /// empty range maps to an empty range where its neighbour's source begins or ends.
    pub fn to_source(&self, start: OrigPos, end: OrigPos) -> (HtmlPos, HtmlPos) {
        let (start, end) = (start.0, end.0);
        let len = self.text.len();
        if len == 0 {
            return (HtmlPos(0), HtmlPos(0));
        }
        if start >= end {
            let at = if start < len { self.source_of(start).0 } else { self.source_of(len - 1).1 };
            return (HtmlPos(at), HtmlPos(at));
        }
        let a = self.source_of(start.min(len - 1)).0;
        let b = self.source_of((end - 1).min(len - 1)).1;
        (HtmlPos(a), HtmlPos(b.max(a)))
    }

    /// The source byte range of the character that holds text byte `i` (`i` < the text's
    /// length).
    fn source_of(&self, i: usize) -> (usize, usize) {
        let p = self.map[self.map.partition_point(|p| p.at as usize <= i).saturating_sub(1)];
        if p.end != RUN {
            return (p.start as usize, p.end as usize);
        }
        let mut c = i;
        while !self.text.is_char_boundary(c) {
            c -= 1;
        }
        let n = self.text[c..].chars().next().map_or(1, char::len_utf8);
        let from = p.start as usize + (c - p.at as usize);
        (from, from + n)
    }

    /// The place of an extracted range: hidden when any of it is hidden, else the place of
    /// its first byte that is not white space.
    pub fn place(&self, start: OrigPos, end: OrigPos) -> Place {
        let end = end.0.min(self.places.len());
        let start = start.0.min(end);
        let slice = &self.places[start..end];
        if slice.contains(&Place::Hidden) {
            return Place::Hidden;
        }
        let bytes = &self.text.as_bytes()[start..end];
        slice.iter().zip(bytes).find(|(_, b)| !b.is_ascii_whitespace()).map_or(Place::Visible, |(p, _)| *p)
    }

    fn push_char(&mut self, c: char, src: (usize, usize), place: Place) {
        let n = c.len_utf8();
        let (at, start, end) = (self.text.len() as u32, src.0 as u32, src.1 as u32);
        if end - start == n as u32 {
            // Copied as it is: the next character of a run, or the first of a new one.
            if start != self.run_next {
                self.map.push(Piece { at, start, end: RUN });
            }
            self.run_next = end;
        } else {
            self.map.push(Piece { at, start, end });
            self.run_next = RUN;
        }
        self.text.push(c);
        self.places.extend(std::iter::repeat_n(place, n));
    }

    /// Takes the last character (a space) off the text and the map.
    fn pop_char(&mut self) {
        if self.text.pop().is_some() {
            self.places.truncate(self.text.len());
            if self.map.last().is_some_and(|p| p.at as usize >= self.text.len()) {
                self.map.pop();
            }
            self.run_next = RUN;
        }
    }

    fn ends_with_break(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    fn ends_with_space(&self) -> bool {
        self.text.is_empty() || self.text.ends_with([' ', '\n'])
    }

    /// A line break, unless the text is empty or already ends with one (a trailing space
    /// becomes the break).
    fn line_break(&mut self, at: usize) {
        if self.ends_with_break() {
            return;
        }
        if self.text.ends_with(' ') {
            self.pop_char();
        }
        self.push_char('\n', (at, at), Place::Visible);
    }

    /// Decoded text of the source range `raw` (character references resolved), white space
    /// collapsed unless `keep_space`.
    fn push_source(&mut self, html: &str, raw: (usize, usize), place: Place, collapse: bool) {
        for (c, src) in decode(html, raw.0, raw.1) {
            if collapse && matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                if !self.ends_with_space() {
                    self.push_char(' ', src, place);
                }
                continue;
            }
            // WeChat's editor writes `&zwj;` and U+FEFF as fillers of its own; they are not text.
            if matches!(c, '\u{200d}' | '\u{feff}') && (self.ends_with_space() || place != Place::Visible) {
                continue;
            }
            self.push_char(c, src, place);
        }
    }

    /// An attribute's value as a piece of its own, set apart by spaces.
    fn push_attribute(&mut self, html: &str, value: (usize, usize), place: Place) {
        if value.0 >= value.1 {
            return;
        }
        if !self.ends_with_space() {
            self.push_char(' ', (value.0, value.0), place);
        }
        self.push_source(html, value, place, true);
        if !self.ends_with_space() {
            self.push_char(' ', (value.1, value.1), place);
        }
    }
}

/// Elements whose content is never text.
const SKIP: &[&str] = &["script", "style", "template", "noscript", "head", "iframe", "object", "svg", "math", "canvas"];
/// Elements that have no end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];
/// Elements that start and end a line.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "td",
    "th",
    "ul",
    "body",
    "html",
    "title",
    "mp-miniprogram",
    "mp-common-profile",
];

/// What an open element passes to its content.
#[derive(Debug)]
struct Open {
    name: String,
    hidden: bool,
    skip: bool,
    color: Option<[u8; 3]>,
    background: Option<[u8; 3]>,
}

/// Extracts the text to check from `html` (see the module doc).
pub fn extract(html: &str) -> Extracted {
    let mut out = Extracted::default();
    let mut stack: Vec<Open> = Vec::new();
    for token in Tokenizer::new(html) {
        // What the innermost open element passes down (copied, never its name).
        let (hidden, skip, inherited_color, inherited_background) =
            stack.last().map_or((false, false, None, None), |o| (o.hidden, o.skip, o.color, o.background));
        match token {
            Token::Text(a, b) => {
                if skip {
                    continue;
                }
                out.push_source(html, (a, b), if hidden { Place::Hidden } else { Place::Visible }, true);
            }
            Token::Start(tag) => {
                let name = tag.name.as_str();
                let tag_start = tag.start;
                let attr = |key: &str| tag.attribute(key);
                let style = attr("style").map(|(a, b)| decode_string(html, a, b)).unwrap_or_default();
                let look = Style::parse(&style);
                let color = look.color.or(inherited_color);
                let background = look.background.or(inherited_background);
                // Text in its background's colour (the page's is white) when this element sets
                // either colour.
                let set_here = look.color.is_some() || look.background.is_some();
                let same_colour = set_here && color.is_some() && color == background.or(Some([255, 255, 255]));
                let hidden_here = hidden || attr("hidden").is_some() || look.hides() || same_colour;
                let skip_here = skip || SKIP.contains(&name);
                if BLOCK.contains(&name) || name == "br" {
                    out.line_break(tag_start);
                }
                if !skip_here {
                    let place = |p: Place| if hidden_here { Place::Hidden } else { p };
                    if name == "a" {
                        if let Some(v) = attr("href") {
                            let href = &html[v.0..v.1];
                            if !href.starts_with('#') && !href.trim().is_empty() {
                                out.push_attribute(html, v, place(Place::Href));
                            }
                        }
                    }
                    if name == "img" {
                        if let Some(v) = attr("alt") {
                            out.push_attribute(html, v, place(Place::Alt));
                        }
                        for key in ["data-src", "src"] {
                            if let Some(v) = attr(key) {
                                out.push_attribute(html, file_name(html, v), place(Place::Src));
                                break;
                            }
                        }
                    }
                    if let Some(v) = attr("title") {
                        out.push_attribute(html, v, place(Place::Title));
                    }
                    // Mini-program and profile cards, whatever element carries them.
                    for a in &tag.attributes {
                        let card = matches!(
                            a.name.as_str(),
                            "data-miniprogram-path"
                                | "data-miniprogram-title"
                                | "data-miniprogram-nickname"
                                | "data-nickname"
                                | "data-alias"
                                | "data-signature"
                                | "data-weapp-path"
                        );
                        if card {
                            out.push_attribute(html, a.value, place(Place::Card));
                        }
                    }
                }
                if name == "br" || name == "hr" {
                    out.line_break(tag_start);
                }
                if !tag.self_closing && !VOID.contains(&name) {
                    stack.push(Open { name: tag.name, hidden: hidden_here, skip: skip_here, color, background });
                }
            }
            Token::End { name, start } => {
                if let Some(i) = stack.iter().rposition(|o| o.name == name) {
                    stack.truncate(i);
                }
                if BLOCK.contains(&name.as_str()) {
                    out.line_break(start);
                }
            }
        }
    }
    while out.text.ends_with([' ', '\n']) {
        out.pop_char();
    }
    out
}

/// The file name in a URL's source range: the last path segment, without query,
/// fragment and extension.
fn file_name(html: &str, (a, b): (usize, usize)) -> (usize, usize) {
    let raw = &html[a..b];
    let end = a + raw.find(['?', '#']).unwrap_or(raw.len());
    let start = html[a..end].rfind('/').map_or(a, |i| a + i + 1);
    let stem_end = html[start..end].rfind('.').map_or(end, |i| start + i);
    if stem_end - start > 80 {
        return (end, end);
    }
    (start, stem_end)
}

/// The characters of the source range `a..b` with character references decoded, each with
/// the source range it came from. An iterator, not a list: a list held 24 bytes per character
/// of a text, and an attribute may be megabytes long.
fn decode(html: &str, a: usize, b: usize) -> impl Iterator<Item = (char, (usize, usize))> + '_ {
    let raw = &html[a..b];
    let mut i = 0;
    std::iter::from_fn(move || {
        let c = raw[i..].chars().next()?;
        if c == '&' {
            if let Some((decoded, len)) = reference(&raw[i..]) {
                let item = (decoded, (a + i, a + i + len));
                i += len;
                return Some(item);
            }
        }
        let n = c.len_utf8();
        let item = (if c == '\0' { '\u{fffd}' } else { c }, (a + i, a + i + n));
        i += n;
        Some(item)
    })
}

fn decode_string(html: &str, a: usize, b: usize) -> String {
    decode(html, a, b).map(|(c, _)| c).collect()
}

/// A character reference at the start of `s` (`&amp;`, `&#26469;`, `&#x6BD4;`): the character
/// and the reference's length in bytes.
fn reference(s: &str) -> Option<(char, usize)> {
    let bytes = s.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        let (digits_at, radix) = if matches!(bytes.get(2), Some(b'x' | b'X')) { (3, 16) } else { (2, 10) };
        let digits = s[digits_at..].bytes().take_while(|b| (*b as char).is_digit(radix)).count().min(8);
        if digits == 0 {
            return None;
        }
        let n = u32::from_str_radix(&s[digits_at..digits_at + digits], radix).ok()?;
        let len = digits_at + digits + (bytes.get(digits_at + digits) == Some(&b';')) as usize;
        let c = match n {
            0 => '\u{fffd}',
            0x80..=0x9f => '\u{fffd}',
            n => char::from_u32(n).unwrap_or('\u{fffd}'),
        };
        return Some((c, len));
    }
    let name_len = s[1..].bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
    if name_len == 0 || bytes.get(1 + name_len) != Some(&b';') {
        return None;
    }
    let c = match &s[1..1 + name_len] {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        "shy" => '\u{ad}',
        "middot" => '·',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "times" => '×',
        "yen" => '¥',
        "euro" => '€',
        _ => return None,
    };
    Some((c, name_len + 2))
}

/// The parts of an inline style that can hide text.
#[derive(Debug, Default)]
struct Style {
    display_none: bool,
    invisible: bool,
    zero_font: bool,
    transparent: bool,
    clipped: bool,
    off_screen: bool,
    color: Option<[u8; 3]>,
    background: Option<[u8; 3]>,
}

impl Style {
    fn parse(style: &str) -> Style {
        let mut s = Style::default();
        let (mut zero_box, mut overflow_hidden, mut positioned) = (false, false, false);
        let mut far = false;
        for decl in style.split(';') {
            let Some((key, value)) = decl.split_once(':') else { continue };
            let key = key.trim().to_ascii_lowercase();
            let value = value.to_ascii_lowercase().replace("!important", "");
            let value = value.trim();
            match key.as_str() {
                "display" => s.display_none |= value == "none",
                "visibility" => s.invisible |= value == "hidden" || value == "collapse",
                "font-size" => s.zero_font |= number(value).is_some_and(|n| n <= 0.0),
                "opacity" => s.transparent |= number(value).is_some_and(|n| n <= 0.01),
                "color" => s.color = color(value).or(s.color),
                "background-color" | "background" => s.background = color(value).or(s.background),
                "width" | "height" | "max-width" | "max-height" => zero_box |= number(value).is_some_and(|n| n <= 0.0),
                "overflow" | "overflow-x" | "overflow-y" => overflow_hidden |= value == "hidden" || value == "clip",
                "position" => positioned |= matches!(value, "absolute" | "fixed"),
                "left" | "top" | "right" | "margin-left" | "margin-top" => {
                    far |= number(value).is_some_and(|n| n <= -999.0)
                }
                "text-indent" => s.off_screen |= number(value).is_some_and(|n| n <= -999.0),
                _ => {}
            }
        }
        s.clipped = zero_box && overflow_hidden;
        s.off_screen |= far && positioned;
        s
    }

    fn hides(&self) -> bool {
        self.display_none || self.invisible || self.zero_font || self.transparent || self.clipped || self.off_screen
    }
}

/// The number at the start of a CSS value (`0`, `-9999px`, `0.5em`, `0%`).
fn number(value: &str) -> Option<f32> {
    let end = value
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+'))))
        .map_or(value.len(), |(i, _)| i);
    value[..end].parse().ok()
}

/// A CSS colour as RGB (`#fff`, `#ffffff`, `rgb(…)`, `rgba(…)` when opaque, a few names).
fn color(value: &str) -> Option<[u8; 3]> {
    let value = value.trim();
    if let Some(hex) = value.strip_prefix('#') {
        let hex = hex.split_whitespace().next().unwrap_or("");
        let digits: Vec<u8> = hex.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect::<Option<_>>()?;
        return match digits.len() {
            3 | 4 => Some([digits[0] * 17, digits[1] * 17, digits[2] * 17]),
            6 | 8 => Some([digits[0] * 16 + digits[1], digits[2] * 16 + digits[3], digits[4] * 16 + digits[5]]),
            _ => None,
        };
    }
    if let Some(inner) = value.strip_prefix("rgba(").or_else(|| value.strip_prefix("rgb(")) {
        let inner = inner.split(')').next()?;
        let parts: Vec<&str> = inner.split([',', ' ', '/']).filter(|p| !p.is_empty()).collect();
        if parts.len() >= 4 && number(parts[3]).is_some_and(|a| a < 0.99) {
            return None;
        }
        let channel = |p: &str| number(p).map(|n| n.clamp(0.0, 255.0) as u8);
        return Some([channel(parts.first()?)?, channel(parts.get(1)?)?, channel(parts.get(2)?)?]);
    }
    match value.split_whitespace().next()? {
        "white" => Some([255, 255, 255]),
        "black" => Some([0, 0, 0]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(html: &str) -> Vec<(String, Place)> {
        let ex = extract(html);
        let mut out: Vec<(String, Place)> = Vec::new();
        for (i, c) in ex.text.char_indices() {
            let p = ex.places[i];
            match out.last_mut() {
                Some((s, q)) if *q == p => s.push(c),
                _ => out.push((c.to_string(), p)),
            }
        }
        out.into_iter().map(|(s, p)| (s.trim().to_string(), p)).filter(|(s, _)| !s.is_empty()).collect()
    }

    fn text(html: &str) -> String {
        extract(html).text
    }

    #[test]
    fn visible_text_blocks_breaks_and_references() {
        assert_eq!(text("<p>第一段</p><p>第二<span>段</span><br>换行</p>"), "第一段\n第二段\n换行");
        assert_eq!(text("<p>&#x6BD4;&#x7279;&#24065; &amp; a&nbsp;b</p>"), "比特币 & a b");
        assert_eq!(text("<p>  many \n\t spaces  </p>"), "many spaces");
        assert_eq!(text("<section><span>币</span><span>安</span></section>"), "币安");
    }

    #[test]
    fn never_text() {
        let html = "<style>.a{color:red}</style><script>var x = '出U加V';</script><!-- 出U --><p class=\"出U\" style=\"color:#333\" data-darkmode-color=\"出U\">正文</p>";
        assert_eq!(text(html), "正文");
    }

    #[test]
    fn each_hiding_place() {
        let cases = [
            ("<p>看<span style=\"display:none\">加V abc</span>文</p>", Place::Hidden),
            ("<p>看<span style=\"visibility: hidden\">加V abc</span>文</p>", Place::Hidden),
            ("<p>看<span style=\"font-size:0px\">加V abc</span>文</p>", Place::Hidden),
            ("<p>看<span style=\"opacity:0\">加V abc</span>文</p>", Place::Hidden),
            ("<p>看<span style=\"color:#fff\">加V abc</span>文</p>", Place::Hidden),
            (
                "<p style=\"background-color:rgb(0,0,0)\">看<span style=\"color:#000000\">加V abc</span>文</p>",
                Place::Hidden,
            ),
            ("<p>看<span style=\"height:0;overflow:hidden\">加V abc</span>文</p>", Place::Hidden),
            ("<p>看<span style=\"position:absolute;left:-9999px\">加V abc</span>文</p>", Place::Hidden),
            ("<p>看<span hidden>加V abc</span>文</p>", Place::Hidden),
            ("<p><a href=\"加V abc\">阅读原文</a></p>", Place::Href),
            ("<p><img alt=\"加V abc\" src=\"x.png\"></p>", Place::Alt),
            ("<p><img data-src=\"https://cdn.example/加V abc.png?fmt=png\"></p>", Place::Src),
            ("<p><span title=\"加V abc\">看</span></p>", Place::Title),
            ("<mp-miniprogram data-miniprogram-path=\"加V abc\"></mp-miniprogram>", Place::Card),
            ("<mp-common-profile data-signature=\"加V abc\"></mp-common-profile>", Place::Card),
        ];
        for (html, want) in cases {
            let got = pieces(html);
            assert!(got.contains(&("加V abc".to_string(), want)), "{html}: {got:?}");
        }
        // Visible colours and styles hide nothing.
        let got = pieces("<p style=\"color:#333;background:#fff;font-size:15px\">加V abc</p>");
        assert_eq!(got, vec![("加V abc".to_string(), Place::Visible)]);
    }

    #[test]
    fn wechat_editor_fillers_are_not_text() {
        let html = "<p><span style=\"display:none;\"></span>&zwj;</p><p>&#xFEFF;正文<br></p>";
        assert_eq!(text(html), "正文");
    }

    #[test]
    fn the_map_points_at_the_source() {
        let html = "<p>看 <b>&#x6BD4;特</b>币 <a href=\"https://x.example/j?a=1&amp;b=2\">点</a></p>";
        let ex = extract(html);
        for (word, source) in [("比特", "&#x6BD4;特"), ("点", "点"), ("a=1&b=2", "a=1&amp;b=2")] {
            let at = ex.as_str().find(word).unwrap_or_else(|| panic!("{word} in {:?}", ex.as_str()));
            let (a, b) = ex.to_source(OrigPos(at), OrigPos(at + word.len()));
            assert_eq!(&html[a.to(b)], source);
        }
    }

    /// Every character of the text maps to the source that produced it, whether it sits in
    /// a run of characters copied as they are, comes from a reference or white space that
    /// collapsed, or follows a trailing space taken back for a line break.
    #[test]
    fn every_character_maps_to_its_source() {
        let html = "<div>币安 &amp; <b>注\u{20000}册</b>\t\n  😀&#x6BD4;\0x </div><p title=\"a&lt;b\">ＵＳＤＴ </p>末";
        let ex = extract(html);
        let text = ex.as_str();
        assert_eq!(text, "币安 & 注\u{20000}册 😀比\u{fffd}x\na<b ＵＳＤＴ\n末");
        for (i, c) in text.char_indices() {
            let (a, b) = ex.to_source(OrigPos(i), OrigPos(i + c.len_utf8()));
            let source = &html[a.to(b)];
            let expected = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '比' => "&#x6BD4;",
                '\u{fffd}' => "\0",
                '\n' => "",
                ' ' => source, // checked below
                _ => &text[i..i + c.len_utf8()],
            };
            assert_eq!(source, expected, "character {c:?} at {i}");
            if c == ' ' {
                // White space of the source, or none: the spaces set around an attribute's value.
                assert!(source.chars().all(char::is_whitespace), "space at {i}: {source:?}");
            }
            // Every byte inside a character maps to the whole character.
            for j in i..i + c.len_utf8() {
                assert_eq!(ex.to_source(OrigPos(j), OrigPos(j + 1)).0, a);
            }
        }
        // An empty range maps where its neighbour begins, or after the last character.
        let end = ex.to_source(OrigPos(text.len()), OrigPos(text.len()));
        assert_eq!(end.0, end.1);
        assert_eq!(end.0 .0, html.len());
    }

    #[test]
    fn broken_markup_is_still_read() {
        assert_eq!(text("<p>未闭合<span>标签<div>块"), "未闭合标签\n块");
        assert_eq!(text("<p>坏的&#xZZ;实体 &unknown; &#99999999;</p>"), "坏的&#xZZ;实体 &unknown; \u{fffd}");
        let deep = "<span>".repeat(100_000) + "深" + &"</span>".repeat(100_000);
        assert_eq!(text(&deep), "深");
    }
}
