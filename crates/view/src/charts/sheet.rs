//! A chart as a file that stands alone: its title, the sentence it shows (its takeaway) under it,
//! the chart, and under that the notes that let it be read away from the page (the verdict, the
//! basis, the key inputs, the market data's date and the scenario's link, any caution, version
//! and sources), each wrapped to the sheet's width. The sheet's height follows its text, so no
//! note is ever cut off.

use super::*;

/// The sheet's width, CSS px at scale 1 (PNGs are drawn at twice this).
pub const SHEET_WIDTH: u32 = 960;
/// The chart's own height on the sheet.
const CHART_HEIGHT: f64 = 440.0;
const MARGIN: f64 = 12.0;
const TITLE: f64 = 20.0;
const TAKEAWAY: f64 = 14.0;
const NOTE: f64 = 12.0;

/// What a sheet says around its chart, before it is wrapped to the width.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The chart's title.
    pub title: String,
    /// The sentence the chart shows, as the page writes it under the chart's title.
    pub takeaway: String,
    /// The notes under the chart, one paragraph each.
    pub notes: Vec<String>,
}

impl Sheet {
    /// The takeaway's lines, wrapped to the sheet's width.
    pub fn takeaway_lines(&self) -> Vec<String> {
        wrap(&self.takeaway, chars_across(TAKEAWAY))
    }

    /// The notes' lines, each paragraph wrapped to the sheet's width.
    pub fn note_lines(&self) -> Vec<String> {
        self.notes.iter().flat_map(|n| wrap(n, chars_across(NOTE))).collect()
    }

    /// Width and height at scale 1: the title, the takeaway's lines, the chart, the notes' lines.
    pub fn size(&self) -> (u32, u32) {
        let top = self.top();
        let bottom = MARGIN + self.note_lines().len() as f64 * line_px(NOTE, Scale(1.0)) + MARGIN;
        (SHEET_WIDTH, (top + CHART_HEIGHT + bottom).ceil() as u32)
    }

    /// Height of the title and the takeaway, above the chart, at scale 1.
    fn top(&self) -> f64 {
        MARGIN + line_px(TITLE, Scale(1.0)) + self.takeaway_lines().len() as f64 * line_px(TAKEAWAY, Scale(1.0)) + 6.0
    }
}

/// How many characters of `css` px text fit across the sheet, by [`text_px`]'s generous estimate.
fn chars_across(css: f64) -> usize {
    ((SHEET_WIDTH as f64 - 2.0 * MARGIN) / text_px("x", css, Scale(1.0))).floor() as usize
}

/// `text` in lines of at most `width` characters, broken between words; a word longer than a
/// line (a long link) is broken inside.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..width).collect());
        }
        let word: String = word.into_iter().collect();
        if word.is_empty() {
            continue;
        }
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Draws `chart` on a sheet of [`Sheet::size`] times `scale`: the title and takeaway above, the
/// notes below, on the light theme (a file is read on paper as often as on a screen).
pub fn draw_sheet<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, chart: Chart, d: &ChartData, sheet: &Sheet, scale: Scale) -> DrawResult<DB> {
    let theme = Theme::LIGHT;
    backdrop(area, &theme)?;
    let px = |v: f64| (v * scale.0).round() as i32;
    let left = Pos::new(HPos::Left, VPos::Top);
    let (heading, rest) = area.split_vertically(px(sheet.top()) as u32);
    let (chart_area, bottom) = rest.split_vertically(px(CHART_HEIGHT) as u32);
    heading.draw_text(&sheet.title, &scale.font(TITLE, theme.text).pos(left), (px(MARGIN), px(MARGIN)))?;
    let mut y = MARGIN + line_px(TITLE, Scale(1.0));
    for line in sheet.takeaway_lines() {
        heading.draw_text(&line, &scale.font(TAKEAWAY, theme.text).pos(left), (px(MARGIN), px(y)))?;
        y += line_px(TAKEAWAY, Scale(1.0));
    }
    draw(chart, &chart_area, d, &theme, scale)?;
    let mut y = MARGIN;
    for line in sheet.note_lines() {
        bottom.draw_text(&line, &scale.font(NOTE, theme.text).pos(left), (px(MARGIN), px(y)))?;
        y += line_px(NOTE, Scale(1.0));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_between_words_and_inside_long_ones() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("", 9), Vec::<String>::new());
        let link = "https://example.org/wattsworth/?mw=200&rent=140";
        let lines = wrap(&format!("Link: {link}"), 20);
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), format!("Link:{link}"));
    }

    #[test]
    fn the_sheet_grows_with_its_notes() {
        let short = Sheet { title: "T".into(), takeaway: "A sentence.".into(), notes: vec!["One note.".into()] };
        let long = Sheet { notes: vec!["word ".repeat(200)], ..short.clone() };
        assert_eq!(short.size().0, SHEET_WIDTH);
        assert!(long.size().1 > short.size().1 + 50, "{:?} {:?}", long.size(), short.size());
        assert!(long.note_lines().iter().all(|l| l.chars().count() <= chars_across(NOTE)));
    }
}
