//! Human output: the verdict, then each finding with its sentence, the flagged words
//! highlighted, the clause (id and the pack's title), why, the penalty and the fix; and
//! `explain`.

use std::io::Write;
use std::process::ExitCode;

use draftlint::extract::Place;
use draftlint::pack::Rule;
use draftlint::report::Finding;
use draftlint::{Checker, Lang, Report, Verdict};

use crate::Failure;

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn verdict(&self, v: Verdict) -> String {
        let code = match v {
            Verdict::Block => "1;31",
            Verdict::Review => "1;33",
            Verdict::Pass => "1;32",
        };
        self.wrap(code, &v.as_str().to_uppercase())
    }
}

fn t(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Prints one report.
pub fn print_report(
    out: &mut impl Write,
    checker: &Checker,
    name: &str,
    text: &str,
    report: &Report,
    color: bool,
) -> Result<(), Failure> {
    let p = Paint { on: color };
    let lang = checker.lang();
    write!(out, "{name}: {} ({} {})", p.verdict(report.verdict), t(lang, "得分", "score"), report.score)?;
    if let Some(penalty) = report.penalty {
        write!(out, " — {}: {}", t(lang, "可能处罚", "risks"), checker.pack().penalty_name(penalty, lang))?;
    }
    writeln!(out)?;
    for f in &report.findings {
        print_finding(out, &p, lang, text, f)?;
    }
    if report.findings.is_empty() {
        writeln!(out, "  {}", t(lang, "未发现违规内容。", "Nothing breaks the policy."))?;
    }
    // What the operator's settings removed is said, never hidden.
    if let Some(origin) = &report.settings {
        writeln!(
            out,
            "\n  {} {origin}: {} {}",
            t(lang, "设置", "settings"),
            report.suppressed.len(),
            t(lang, "处被设置移除", "findings suppressed")
        )?;
        for s in &report.suppressed {
            writeln!(out, "    - {} “{}” ({}) {}", s.rule_id, s.text, s.by, s.fingerprint)?;
        }
    }
    writeln!(out)?;
    Ok(())
}

fn print_finding(out: &mut impl Write, p: &Paint, lang: Lang, text: &str, f: &Finding) -> Result<(), Failure> {
    // In an HTML draft, words a reader does not see as text say where they are.
    let place = match (f.place.as_deref().and_then(Place::parse), lang) {
        (None | Some(Place::Visible), _) => String::new(),
        (Some(place), Lang::En) => format!(" (in the {})", place.label(lang)),
        (Some(place), Lang::Zh) => format!("（位于{}）", place.label(lang)),
    };
    let note = if f.note { t(lang, "（备注，不计入结论）", " (note, not counted)") } else { "" };
    writeln!(
        out,
        "\n  {}:{} {} [{} — {} / {}] {}{}{}  {}",
        f.span.line,
        f.span.column,
        p.verdict(f.severity),
        f.clause,
        f.clause_title,
        f.rule_id,
        p.wrap("1", &f.message),
        place,
        note,
        f.fingerprint
    )?;
    // The sentence, with every piece of evidence inside it highlighted.
    let sentence = f.sentence.bytes();
    let mut marks: Vec<(usize, usize)> = f
        .evidence
        .iter()
        .map(|e| e.span.bytes())
        .filter(|r| r.start >= sentence.start && r.end <= sentence.end)
        .map(|r| (r.start, r.end))
        .collect();
    marks.sort_unstable();
    let mut line = String::new();
    let mut at = sentence.start;
    for (s, e) in marks {
        if s < at {
            continue;
        }
        line.push_str(&text[at..s]);
        line.push_str(&if p.on { p.wrap("1;4;31", &text[s..e]) } else { format!("[{}]", &text[s..e]) });
        at = e;
    }
    line.push_str(&text[at..sentence.end]);
    writeln!(out, "    > {}", line.trim().replace('\n', " "))?;
    let evidence: Vec<String> = f
        .evidence
        .iter()
        .map(|e| {
            // On one line, as the sentence above it: a token's sheet spans several.
            let mut s = format!("{} “{}”", e.role, e.text.replace('\n', " "));
            // How the words were disguised, and what they read as when that differs from
            // what was written (slang is written as it reads).
            if !e.evasion.is_empty() {
                let families = e.evasion.iter().map(|k| k.as_str()).collect::<Vec<_>>().join("+");
                if e.normalized.to_lowercase() == e.text.to_lowercase() {
                    s.push_str(&format!(" ({families})"));
                } else {
                    s.push_str(&format!(" ({families} {} “{}”)", t(lang, "读作", "read as"), e.normalized));
                }
            }
            s
        })
        .collect();
    writeln!(out, "    {}: {}", t(lang, "证据", "evidence"), evidence.join("; "))?;
    writeln!(out, "    {}: {}", t(lang, "原因", "why"), f.explanation)?;
    writeln!(out, "    {}: {}", t(lang, "可能处罚", "risks"), f.penalty_label)?;
    writeln!(out, "    {}: {}", t(lang, "修改建议", "fix"), f.fix.message)?;
    Ok(())
}

/// `draftlint explain ID`.
pub fn explain(checker: &Checker, id: &str) -> Result<ExitCode, Failure> {
    let pack = checker.pack();
    let lang = checker.lang();
    let mut out = std::io::stdout().lock();
    if id == "all" {
        for c in &pack.clauses {
            writeln!(out, "{:<14} {}", c.id, c.title.get(lang))?;
            for r in pack.rules.iter().filter(|r| pack.clauses[r.clause].id == c.id) {
                writeln!(out, "  {:<26} {} ({})", r.id, r.message.get(lang), r.max_verdict)?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(c) = pack.clause(id) {
        writeln!(out, "{} — {}\n", c.id, c.title.get(lang))?;
        writeln!(out, "{}\n  {}\n", t(lang, "拦截什么", "What it catches"), c.summary.get(lang))?;
        writeln!(out, "{}\n  {}\n", t(lang, "为什么违规", "Why it breaks the policy"), c.why.get(lang))?;
        writeln!(out, "{}\n  {}\n", t(lang, "可能处罚", "Penalty"), pack.penalty_name(c.penalty, lang))?;
        writeln!(out, "{}\n  {}\n", t(lang, "如何修改", "How to fix"), c.fix.get(lang))?;
        writeln!(out, "{}", t(lang, "规则", "Rules"))?;
        for r in pack.rules.iter().filter(|r| pack.clauses[r.clause].id == c.id) {
            writeln!(out, "  {:<26} {} ({})", r.id, r.message.get(lang), r.max_verdict)?;
            print_examples(&mut out, lang, r)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(r) = pack.rule(id) {
        let c = &pack.clauses[r.clause];
        writeln!(out, "{} — {} [{} — {} / {}]\n", r.id, r.message.get(lang), c.id, c.title.get(lang), r.max_verdict)?;
        writeln!(out, "{}\n  {}\n", t(lang, "为什么违规", "Why it breaks the policy"), r.explanation.get(lang))?;
        let needs: Vec<&str> = r.needs.iter().map(|x| x.as_str()).collect();
        let boosts: Vec<&str> = r.boosts.iter().map(|x| x.as_str()).collect();
        writeln!(
            out,
            "{}\n  needs: {}; boosts: {}\n",
            t(lang, "需要的证据", "Evidence it needs"),
            needs.join(" + "),
            if boosts.is_empty() { "-".to_string() } else { boosts.join(", ") }
        )?;
        writeln!(out, "{}\n  {}\n", t(lang, "可能处罚", "Penalty"), pack.penalty_name(r.penalty, lang))?;
        writeln!(out, "{}\n  {}\n", t(lang, "如何修改", "How to fix"), r.fix.get(lang))?;
        print_examples(&mut out, lang, r)?;
        return Ok(ExitCode::SUCCESS);
    }
    let ids: Vec<&str> = pack.clauses.iter().map(|c| c.id.as_str()).collect();
    Err(Failure(format!(
        "no clause or rule `{id}`; clauses: {}; `draftlint explain all` lists the rules",
        ids.join(", ")
    )))
}

fn print_examples(out: &mut impl Write, lang: Lang, r: &Rule) -> Result<(), Failure> {
    for e in &r.catches {
        writeln!(out, "    {} {e}", t(lang, "✗ 拦截:", "✗ catches:"))?;
    }
    for e in &r.allows {
        writeln!(out, "    {} {e}", t(lang, "✓ 放行:", "✓ allows:"))?;
    }
    Ok(())
}

/// `draftlint trace`: each sentence with its context factor, then its signals (role,
/// weight, clauses or `*`, the words as read, where they came from).
pub fn trace(sentences: &[draftlint::TraceSentence]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for (i, s) in sentences.iter().enumerate() {
        let _ = writeln!(out, "[{i}] x{:.2} {:?}", s.factor, s.text);
        for sig in &s.signals {
            let clauses = if sig.clauses.is_empty() { "*".to_string() } else { sig.clauses.join(",") };
            let _ = writeln!(
                out,
                "      {:<10} {:.2} {:<28} {:?} {}",
                sig.role, sig.weight, clauses, sig.words, sig.source
            );
        }
    }
    out
}
