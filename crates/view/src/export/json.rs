//! Just enough JSON for the data's notes file: values built in Rust and written out indented,
//! every string escaped, every number finite (`null` where it is not). The page keeps serde_json
//! off its wasm; this is a screenful instead.

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    /// Keys in the order written.
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// An object from `(key, value)` pairs, in order.
    pub fn obj<K: Into<String>>(pairs: impl IntoIterator<Item = (K, Json)>) -> Json {
        Json::Obj(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    pub fn str(text: impl Into<String>) -> Json {
        Json::Str(text.into())
    }

    /// The value written with two spaces an indent, ending in a line break.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| out.push_str(&"  ".repeat(depth));
        match self {
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(x) if x.is_finite() => out.push_str(&number(*x)),
            Json::Num(_) => out.push_str("null"),
            Json::Str(s) => escape(out, s),
            Json::Arr(items) if items.is_empty() => out.push_str("[]"),
            Json::Obj(pairs) if pairs.is_empty() => out.push_str("{}"),
            Json::Arr(items) => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                indent(out, depth);
                out.push(']');
            }
            Json::Obj(pairs) => {
                out.push_str("{\n");
                for (i, (key, value)) in pairs.iter().enumerate() {
                    indent(out, depth + 1);
                    escape(out, key);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                    out.push_str(if i + 1 < pairs.len() { ",\n" } else { "\n" });
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

/// A finite number as JSON writes it: integers without a point, others in Rust's shortest
/// round-tripping form.
fn number(x: f64) -> String {
    if x == x.trunc() && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

fn escape(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_as_json_readers_read_them() {
        let v = Json::obj([
            ("a", Json::Num(1.0)),
            ("b", Json::Num(0.045)),
            ("c", Json::Num(f64::NAN)),
            ("d", Json::str("say \"hi\"\n\u{1}\\")),
            ("e", Json::Arr(vec![Json::Bool(true), Json::Num(f64::INFINITY)])),
            ("f", Json::Arr(vec![])),
        ]);
        let text = v.pretty();
        let back: serde_json::Value = serde_json::from_str(&text).expect(&text);
        assert_eq!(back["a"], 1);
        assert_eq!(back["b"], 0.045);
        assert!(back["c"].is_null());
        assert_eq!(back["d"], "say \"hi\"\n\u{1}\\");
        assert!(back["e"][0] == true && back["e"][1].is_null());
        assert_eq!(number(-3.0), "-3");
        assert_eq!(number(1e-40), "0.0000000000000000000000000000000000000001");
    }
}
