//! A catalogue of messages in the subset of Project Fluent's syntax our catalogues use, read and
//! filled in: `id = text { $name } text`, and selectors `{ $name -> [key] text *[other] text }`
//! whose variants stand one to a line, chosen by a string or by a number's plural category.
//! Comments (`#`) and blank lines are skipped. A native test renders every message of every
//! catalogue with `fluent-bundle` itself and checks that both write the same words.
//!
//! Why not `fluent-bundle` in the page: it adds 56 KB gzipped to the wasm (measured on a
//! wasm32 build at `opt-level = "z"`, 64.0 KB against 8.3 KB for the same call without it),
//! every reader would download it, and the catalogues need none of what it adds (terms,
//! attributes, functions, multi-line text).

/// One piece of a message's text.
#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    /// `{ $name }`.
    Arg(String),
    /// `{ $name -> [key] … *[key] … }`: the variants, and which is the default.
    Select { name: String, variants: Vec<(String, Vec<Part>)>, default: usize },
}

/// A value a message is filled with: text, or a number written as the reader writes it whose
/// value also picks a plural variant.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64, String),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

/// The messages of one language, sorted by id (a sorted list rather than a map: less code in
/// the first screen's module, and as quick for a few hundred messages).
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    messages: Vec<(String, Vec<Part>)>,
}

/// What could not be read in a catalogue: the line (from 1) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub line: usize,
    pub why: String,
}

impl Catalogue {
    /// Reads a catalogue; a line it cannot read is skipped and reported, the rest is kept.
    pub fn parse(source: &str) -> (Catalogue, Vec<ParseError>) {
        let mut messages: Vec<(String, Vec<Part>)> = Vec::new();
        let mut errors = Vec::new();
        let mut lines = source.lines().enumerate().peekable();
        while let Some((n, line)) = lines.next() {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let fail = |why: &str| ParseError { line: n + 1, why: why.to_string() };
            let Some((id, value)) = line.split_once('=') else {
                errors.push(fail("a line that is neither a message nor a comment"));
                continue;
            };
            let id = id.trim();
            if line.starts_with(char::is_whitespace) || !is_identifier(id) {
                errors.push(fail("a message's id is letters, digits, '-' and '_', from the line's start"));
                continue;
            }
            // The value, with the lines of each selector that opens in it.
            let mut parts = Vec::new();
            // Fluent's blanks are spaces only: a no-break space that opens a value is its text.
            let mut rest = value.trim_start_matches(' ').to_string();
            let mut ok = true;
            loop {
                match read_inline(&rest, &mut parts) {
                    Ok(None) => break,
                    Ok(Some(name)) => match read_variants(&mut lines) {
                        Ok((variants, default, after)) => {
                            parts.push(Part::Select { name, variants, default });
                            rest = after;
                        }
                        Err(why) => {
                            errors.push(fail(&why));
                            ok = false;
                            break;
                        }
                    },
                    Err(why) => {
                        errors.push(fail(&why));
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                trim_end(&mut parts);
                messages.push((id.to_string(), parts));
            }
        }
        // A later message of the same id replaces an earlier one, as in Fluent.
        messages.reverse();
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        messages.dedup_by(|later, earlier| later.0 == earlier.0);
        (Catalogue { messages }, errors)
    }

    fn get(&self, id: &str) -> Option<&[Part]> {
        self.messages.binary_search_by(|(k, _)| k.as_str().cmp(id)).ok().map(|i| self.messages[i].1.as_slice())
    }

    /// Whether the catalogue has a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Every message's id.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(k, _)| k.as_str())
    }

    /// The names of the arguments message `id` reads, selectors' among them.
    pub fn arguments(&self, id: &str) -> Vec<String> {
        fn walk(parts: &[Part], out: &mut Vec<String>) {
            for p in parts {
                match p {
                    Part::Text(_) => {}
                    Part::Arg(n) => out.push(n.clone()),
                    Part::Select { name, variants, .. } => {
                        out.push(name.clone());
                        variants.iter().for_each(|(_, v)| walk(v, out));
                    }
                }
            }
        }
        let mut out = Vec::new();
        if let Some(parts) = self.get(id) {
            walk(parts, &mut out);
        }
        out.sort();
        out.dedup();
        out
    }

    /// Message `id` filled with `args` for a reader of `language` (a BCP 47 tag, for plural
    /// rules); `None` if there is no such message. An argument not given is written as its
    /// name in braces, which a test looks for.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], language: &str) -> Option<String> {
        let parts = self.get(id)?;
        let mut out = String::new();
        write(parts, args, language, &mut out);
        Some(out)
    }
}

fn is_identifier(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Reads text and `{ $name }` placeables from `text` into `parts`, up to a selector's opening
/// `{ $name ->` at the end of the line, whose name is returned.
fn read_inline(text: &str, parts: &mut Vec<Part>) -> Result<Option<String>, String> {
    let mut rest = text;
    loop {
        let Some(open) = rest.find('{') else {
            push_text(parts, rest);
            return Ok(None);
        };
        push_text(parts, &rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        let arrow = after.find("->");
        match (close, arrow) {
            (_, Some(a)) if close.is_none_or(|c| a < c) => {
                if !after[a + 2..].trim().is_empty() {
                    return Err("a selector's variants start on the next line".into());
                }
                return variable(&after[..a]).map(Some);
            }
            (Some(c), _) => {
                parts.push(Part::Arg(variable(&after[..c])?));
                rest = &after[c + 1..];
            }
            _ => return Err("a '{' with no '}'".into()),
        }
        if rest.contains('}') && !rest.contains('{') {
            return Err("a '}' with no '{'".into());
        }
    }
}

/// `$name` (with spaces around it) as `name`.
fn variable(inside: &str) -> Result<String, String> {
    match inside.trim().strip_prefix('$') {
        Some(name) if is_identifier(name) => Ok(name.to_string()),
        _ => Err(format!("'{{{inside}}}' is not a variable such as {{ $name }}")),
    }
}

/// A selector's variants: each key and its text.
type Variants = Vec<(String, Vec<Part>)>;

/// The variant lines of a selector, one `[key] text` or `*[key] text` to a line, up to the line
/// that starts with its closing `}`: the variants, the default's index, and the text after `}`.
fn read_variants<'a>(lines: &mut impl Iterator<Item = (usize, &'a str)>) -> Result<(Variants, usize, String), String> {
    let mut variants = Vec::new();
    let mut default = None;
    for (_, line) in lines {
        let t = line.trim_start();
        if let Some(after) = t.strip_prefix('}') {
            let Some(default) = default else { return Err("a selector with no default variant (*[key])".into()) };
            return Ok((variants, default, after.to_string()));
        }
        let (star, t) = match t.strip_prefix('*') {
            Some(t) => (true, t),
            None => (false, t),
        };
        let Some((key, text)) = t.strip_prefix('[').and_then(|t| t.split_once(']')) else {
            return Err(format!("'{}' is not a variant such as [key] text", line.trim()));
        };
        if star {
            if default.is_some() {
                return Err("a selector with two defaults".into());
            }
            default = Some(variants.len());
        }
        let mut parts = Vec::new();
        if read_inline(text.trim_matches(' '), &mut parts)?.is_some() {
            return Err("a selector inside a variant".into());
        }
        variants.push((key.trim().to_string(), parts));
    }
    Err("a selector with no closing '}'".into())
}

fn push_text(parts: &mut Vec<Part>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Part::Text(last)) = parts.last_mut() {
        last.push_str(text);
    } else {
        parts.push(Part::Text(text.to_string()));
    }
}

/// Fluent drops the spaces that end a message's value.
fn trim_end(parts: &mut [Part]) {
    if let Some(Part::Text(last)) = parts.last_mut() {
        let kept = last.trim_end_matches(' ').len();
        last.truncate(kept);
    }
}

fn write(parts: &[Part], args: &[(&str, Arg)], language: &str, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Arg(name) => match arg(name) {
                Some(Arg::Text(t) | Arg::Number(_, t)) => out.push_str(t),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Select { name, variants, default } => {
                let chosen = match arg(name) {
                    Some(Arg::Text(t)) => variants.iter().position(|(k, _)| k == t),
                    Some(Arg::Number(n, _)) => {
                        let category = plural(*n, language);
                        variants.iter().position(|(k, _)| k.parse::<f64>().is_ok_and(|k| k == *n)).or_else(|| variants.iter().position(|(k, _)| k == category))
                    }
                    None => None,
                };
                write(&variants[chosen.unwrap_or(*default)].1, args, language, out);
            }
        }
    }
}

/// The plural category of `n` in `language` (Unicode CLDR's cardinal rules, for the languages
/// the page speaks): `one` or `other`.
pub fn plural(n: f64, language: &str) -> &'static str {
    let base = language.split('-').next().unwrap_or("");
    let whole = n.fract() == 0.0;
    let one = match base {
        // i = 0..1: 0, 1 and 1.5 are "one".
        "fr" | "pt" => (0.0..2.0).contains(&n.abs()),
        "ja" | "zh" => false,
        // n = 1 (es), or i = 1 and v = 0 (en, de): "1" but not "1.5".
        _ => whole && n.abs() == 1.0,
    };
    if one { "one" } else { "other" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(source: &str, args: &[(&str, Arg)]) -> String {
        let (c, errors) = Catalogue::parse(source);
        assert!(errors.is_empty(), "{errors:?}");
        c.format("m", args, "en").unwrap()
    }

    #[test]
    fn fills_variables_and_chooses_variants() {
        assert_eq!(one("m = Hello, { $who }!", &[("who", "Ada".into())]), "Hello, Ada!");
        let select = "m = It { $sign ->\n    [gain] adds\n   *[loss] loses\n} { $value } today.\n";
        assert_eq!(one(select, &[("sign", "gain".into()), ("value", "$1M".into())]), "It adds $1M today.");
        assert_eq!(one(select, &[("sign", "loss".into()), ("value", "$1M".into())]), "It loses $1M today.");
        assert_eq!(one(select, &[("sign", "odd".into()), ("value", "$1M".into())]), "It loses $1M today.", "an unknown key takes the default");
        let years = "m = { $n } { $n ->\n    [one] year\n   *[other] years\n}\n";
        assert_eq!(one(years, &[("n", Arg::Number(1.0, "1".into()))]), "1 year");
        assert_eq!(one(years, &[("n", Arg::Number(2.5, "2.5".into()))]), "2.5 years");
        assert_eq!(one("m = { $missing } here", &[]), "{$missing} here");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        for (n, en, fr, ja) in [(0.0, "other", "one", "other"), (1.0, "one", "one", "other"), (1.5, "other", "one", "other"), (2.0, "other", "other", "other")] {
            assert_eq!((plural(n, "en"), plural(n, "de-DE"), plural(n, "fr"), plural(n, "pt-BR"), plural(n, "ja")), (en, en, fr, fr, ja), "{n}");
        }
    }

    #[test]
    fn only_spaces_are_blanks() {
        // French puts a narrow no-break space before a colon: it is text, as Fluent reads it.
        assert_eq!(one("m = \u{202f}: x", &[]), "\u{202f}: x");
        assert_eq!(one("m = { $s ->\n   *[a] \u{a0}b\u{a0}\n}", &[]), "\u{a0}b\u{a0}");
    }

    #[test]
    fn reports_what_it_cannot_read_and_keeps_the_rest() {
        let (c, errors) = Catalogue::parse("good = fine\nbad = { oops }\n  indented = no\nopen = { $x ->\n  [a] a\n}\nlast = { $x }");
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![2, 3, 4]);
        assert!(c.has("good") && c.has("last") && !c.has("bad") && !c.has("open"));
        assert_eq!(c.arguments("last"), vec!["x"]);
    }
}
