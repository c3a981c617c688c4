//! `draftlint`: the command line door onto the engine, for offline self-checks and batch
//! checks of many drafts.
//!
//! Exit codes: 0 nothing at or above `--fail-on`; 1 a draft at or above it; 2 usage or
//! input errors (unreadable file, invalid UTF-8, empty input, a bad JSONL line).

mod fit;
mod human;

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use draftlint::eval::{Counts, Evaluation, Part, Run, Sample};
use draftlint::{Checker, Lang, Pack, Report, Verdict};

#[derive(Parser)]
#[command(
    name = "draftlint",
    version,
    about = "Check WeChat Official Account drafts against the crypto/NFT policy (clause 3.24) before publishing"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check drafts: plain text or Markdown files, `-` or nothing for stdin.
    Check(CheckArgs),
    /// Explain a clause or a rule: what it catches, why, examples, how to fix.
    Explain {
        /// A clause id (`exchange`) or rule id (`exchange.route`); `all` lists them.
        id: String,
        #[command(flatten)]
        common: Common,
    },
    /// Measure accuracy on labelled JSONL corpora, tuning and validation parts apart
    /// (default, each when it exists: tests/corpus/{draftlint,articles,families,textbook}.jsonl,
    /// tests/corpus/external/*.jsonl, ../shared/corpus/dev.jsonl). Files under a folder
    /// named `external` are split by source: every other source of each language is held
    /// out for validation, and its errors are never shown; an item with its own `part`
    /// (tuning or validation) keeps it and takes no place in that alternation.
    Eval {
        /// Corpus files (JSON lines with id, lang, label, clauses, text; optional source,
        /// group, family, part).
        files: Vec<PathBuf>,
        /// Also list the tuning items the checker gets wrong (validation misses are only
        /// counted).
        #[arg(long)]
        misses: bool,
        /// Print the numbers as one JSON object.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Fit the pack's score weights and thresholds (`[scoring]` of pack.toml) to the tuning
    /// items of the corpora (the files of `eval`), with 5-fold cross-validation grouped by
    /// source: prints the held-out numbers of the hand-set and of the fitted values, and the
    /// values. Validation items are never checked; measure them with `eval --pack`.
    Fit {
        /// Corpus files, as for `eval`.
        files: Vec<PathBuf>,
        /// Write the values fitted on all tuning items into the `--pack` folder's pack.toml
        /// (comments and layout kept).
        #[arg(long, requires = "pack")]
        write: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Show how the checker reads a text: normalized sentences, context factors and every
    /// piece of evidence (for pack authors; the format is not stable).
    Trace {
        /// The file (`-` for stdin).
        file: PathBuf,
        #[command(flatten)]
        common: Common,
    },
    /// Validate a pack folder and run its rules' examples.
    TestPack {
        /// The pack folder (default: the embedded pack).
        dir: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
struct Common {
    /// Language of messages.
    #[arg(long, value_enum, default_value_t = LangArg::Zh)]
    lang: LangArg,
    /// Use the pack in this folder instead of the embedded one.
    #[arg(long)]
    pack: Option<PathBuf>,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files to check; `-` or none reads stdin.
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Exit with 1 when a draft's verdict is at or above this.
    #[arg(long, value_enum, default_value_t = FailOn::Block)]
    fail_on: FailOn,
    /// Batch mode: a JSON Lines file of {"id": ..., "text": ...}; prints one JSON report
    /// per line (`-` for stdin).
    #[arg(long, conflicts_with = "files")]
    jsonl: Option<PathBuf>,
    /// With --jsonl: how many texts to check at once (default: one per core). Reports are
    /// printed in the input's order whatever the number.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=1024))]
    jobs: Option<u16>,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// How to read the files: `auto` reads `.html`/`.htm` files as HTML (the text a reader
    /// sees, link targets, image text, cards and hidden text, spans into the HTML) and
    /// everything else, stdin too, as text.
    #[arg(long, value_enum, default_value_t = Input::Auto)]
    input: Input,
    /// The operator's settings (extra words, allow words, dismissed findings, severities).
    /// Without it, a `draftlint.toml` in the current folder or its parents is used.
    #[arg(long, conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Use no settings file, even when a `draftlint.toml` is found.
    #[arg(long)]
    no_config: bool,
    #[command(flatten)]
    common: Common,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Input {
    Auto,
    Text,
    Markdown,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Review,
    Block,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Zh,
    En,
}

/// An error that ends the run with exit code 2.
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Explain { id, common } => checker(&common).and_then(|c| human::explain(&c, &id)),
        Command::Eval { files, misses, json, common } => checker(&common).and_then(|c| eval(&c, files, misses, json)),
        Command::TestPack { dir } => test_pack(dir),
        Command::Fit { files, write, common } => fit_command(files, write, &common),
        Command::Trace { file, common } => checker(&common).and_then(|c| {
            let text = read_text(&file)?;
            emit(&human::trace(&c.trace(&text)))?;
            Ok(ExitCode::SUCCESS)
        }),
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`draftlint check ... | head`) is the reader's choice, not an error.
        Err(Failure(message)) if message.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            let _ = writeln!(std::io::stderr(), "draftlint: error: {message}");
            ExitCode::from(2)
        }
    }
}

/// Writes a command's whole output to stdout. Unlike `print!`, which panics when the reader
/// has gone (`draftlint eval | head`), a closed pipe comes back as an error that `main`
/// treats as the reader's choice.
fn emit(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

fn checker(common: &Common) -> Result<Checker, Failure> {
    let pack = match &common.pack {
        Some(dir) => load_pack(dir)?,
        None => Pack::try_embedded().map_err(|e| Failure(format!("the embedded pack is broken: {e}")))?,
    };
    let lang = match common.lang {
        LangArg::Zh => Lang::Zh,
        LangArg::En => Lang::En,
    };
    Ok(Checker::new(pack).with_lang(lang))
}

/// Reads a pack folder: the four TOML files and whatever `lexicon/*.tsv` it has.
fn load_pack(dir: &Path) -> Result<Pack, Failure> {
    Pack::from_files(&pack_files(dir)?).map_err(|e| Failure(format!("bad pack in {}: {e}", dir.display())))
}

/// The files of a pack folder, as [`Pack::from_files`] takes them.
fn pack_files(dir: &Path) -> Result<Vec<(String, String)>, Failure> {
    let mut files: Vec<(String, String)> = Vec::new();
    for name in draftlint::pack::PACK_FILES {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push((name.to_string(), text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Failure(format!("cannot read {}: {e}", path.display()))),
        }
    }
    let lexicon = dir.join("lexicon");
    if let Ok(entries) = std::fs::read_dir(&lexicon) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.ends_with(".tsv") {
                let text = std::fs::read_to_string(entry.path())
                    .map_err(|e| Failure(format!("cannot read {}: {e}", entry.path().display())))?;
                files.push((format!("lexicon/{name}"), text));
            }
        }
    }
    Ok(files)
}

fn test_pack(dir: Option<PathBuf>) -> Result<ExitCode, Failure> {
    let pack = match &dir {
        Some(d) => load_pack(d)?,
        None => Pack::try_embedded().map_err(|e| Failure(format!("the embedded pack is broken: {e}")))?,
    };
    let (rules, terms) = (pack.rules.len(), pack.terms.len());
    let checker = Checker::new(pack);
    let failures = checker.check_examples();
    let mut out = String::new();
    for f in &failures {
        out.push_str(&format!("FAIL {f}\n"));
    }
    let examples: usize = checker.pack().rules.iter().map(|r| r.catches.len() + r.allows.len()).sum();
    out.push_str(&format!("{} rules, {} terms, {} examples, {} failing\n", rules, terms, examples, failures.len()));
    emit(&out)?;
    Ok(if failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Reads a file or stdin (`-`) as UTF-8 text, with messages a user can act on.
fn read_text(path: &Path) -> Result<String, Failure> {
    // Never more than the limit (and a byte-order mark) is read: a huge file or an endless
    // pipe gets the size message, not an out-of-memory.
    let cap = (draftlint::MAX_TEXT_BYTES + 3) as u64;
    // A file's size sizes the buffer (one more byte to see the end), so a 10 MB draft is
    // read into 10 MB and not into a doubled 16 MB.
    let mut size_hint = 0usize;
    let (name, input): (String, Box<dyn Read>) = if path.as_os_str() == "-" {
        ("stdin".to_string(), Box::new(std::io::stdin()))
    } else {
        let file = std::fs::File::open(path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
        if let Ok(meta) = file.metadata() {
            if meta.len() > cap {
                return Err(Failure(format!(
                    "{}: {}",
                    path.display(),
                    draftlint::too_long_message(meta.len() as usize)
                )));
            }
            size_hint = meta.len() as usize + 1;
        }
        (path.display().to_string(), Box::new(file))
    };
    let mut bytes = Vec::with_capacity(size_hint);
    input.take(cap + 1).read_to_end(&mut bytes).map_err(|e| Failure(format!("cannot read {name}: {e}")))?;
    if bytes.len() as u64 > cap {
        return Err(Failure(format!(
            "{name}: more than {cap} bytes; draftlint checks at most {} bytes ({} MiB) at once: split it into parts",
            draftlint::MAX_TEXT_BYTES,
            draftlint::MAX_TEXT_BYTES >> 20
        )));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Failure(format!(
            "{name} is not valid UTF-8 (first bad byte at offset {}); save it as UTF-8 and try again",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let text = text.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Failure(format!("{name} is empty: nothing to check")));
    }
    Ok(text)
}

/// The settings file for `check`: `--config`, else a `draftlint.toml` in the current
/// folder or its parents, unless `--no-config`.
fn settings_path(args: &CheckArgs) -> Option<PathBuf> {
    if args.no_config {
        return None;
    }
    if let Some(path) = &args.config {
        return Some(path.clone());
    }
    let mut dir = std::env::current_dir().ok()?;
    loop {
        let candidate = dir.join("draftlint.toml");
        if candidate.is_file() {
            return Some(candidate);
        }
        if !dir.pop() {
            return None;
        }
    }
}

fn check(args: CheckArgs) -> Result<ExitCode, Failure> {
    if args.jobs.is_some() && args.jsonl.is_none() {
        return Err(Failure("--jobs goes with --jsonl (files are checked one by one)".into()));
    }
    let mut checker = checker(&args.common)?;
    if let Some(path) = settings_path(&args) {
        let text =
            std::fs::read_to_string(&path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
        let settings = draftlint::settings::Settings::parse(&path.display().to_string(), &text, checker.pack())
            .map_err(|e| Failure(format!("bad settings: {e}")))?;
        let lang = checker.lang();
        checker = Checker::with_settings(checker.pack().clone(), settings).with_lang(lang);
    }
    let threshold = match args.fail_on {
        FailOn::Review => Verdict::Review,
        FailOn::Block => Verdict::Block,
    };
    if let Some(path) = &args.jsonl {
        return batch(&checker, path, threshold, args.jobs.map_or_else(default_jobs, usize::from));
    }
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let files = if args.files.is_empty() { vec![PathBuf::from("-")] } else { args.files.clone() };
    if files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        return Err(Failure("`-` (stdin) can be given only once".into()));
    }
    let mut worst = Verdict::Pass;
    let mut errors = 0usize;
    // Buffered: a report of many findings is written in large blocks, not line by line.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut json_reports: Vec<(String, Result<Report, String>)> = Vec::new();
    for path in &files {
        let name = if path.as_os_str() == "-" { "stdin".to_string() } else { path.display().to_string() };
        let is_html = match args.input {
            Input::Html => true,
            Input::Auto => {
                path.extension().is_some_and(|x| x.eq_ignore_ascii_case("html") || x.eq_ignore_ascii_case("htm"))
            }
            Input::Text | Input::Markdown => false,
        };
        let report = read_text(path).and_then(|text| {
            let report = if is_html { checker.check_html(&text)? } else { checker.check(&text)? };
            Ok((report, text))
        });
        match (report, args.format) {
            (Ok((report, text)), Format::Human) => {
                worst = worst.max(report.verdict);
                human::print_report(&mut out, &checker, &name, &text, &report, color)?;
            }
            (Ok((report, _)), Format::Json) => {
                worst = worst.max(report.verdict);
                json_reports.push((name, Ok(report)));
            }
            (Err(Failure(message)), format) => {
                errors += 1;
                let _ = writeln!(std::io::stderr(), "draftlint: error: {message}");
                if let Format::Json = format {
                    json_reports.push((name, Err(message)));
                }
            }
        }
    }
    if let Format::Json = args.format {
        // One file: the report object (or error object); several files: an array of them.
        let lines: Vec<FileReport> = json_reports
            .iter()
            .map(|(file, result)| match result {
                Ok(report) => FileReport::Report { file, report },
                Err(error) => FileReport::Error { file, error },
            })
            .collect();
        if files.len() == 1 && lines.len() == 1 {
            serde_json::to_writer_pretty(&mut out, &lines[0])?;
        } else {
            serde_json::to_writer_pretty(&mut out, &lines)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(exit_code(errors, worst, threshold))
}

/// One job per core the process may use.
fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn exit_code(errors: usize, worst: Verdict, threshold: Verdict) -> ExitCode {
    if errors > 0 {
        ExitCode::from(2)
    } else if worst >= threshold {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A report with the file it is about, or why the file could not be checked.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum FileReport<'a> {
    Report {
        file: &'a str,
        #[serde(flatten)]
        report: &'a Report,
    },
    Error {
        file: &'a str,
        error: &'a str,
    },
}

/// One line of a batch as read: its number and bytes, or how long it was when it was
/// too long to keep.
enum Line {
    Text(usize, Vec<u8>),
    TooLong(usize, u64),
}

impl Line {
    fn weight(&self) -> usize {
        match self {
            Line::Text(_, raw) => raw.len().max(64),
            Line::TooLong(..) => 64,
        }
    }
}

/// The lines of a batch input, each at most `cap` bytes kept in memory.
struct Lines {
    input: Box<dyn std::io::BufRead + Send>,
    name: String,
    cap: u64,
    number: usize,
}

impl Lines {
    fn next(&mut self) -> Result<Option<Line>, Failure> {
        use std::io::{BufRead, Read};
        let failed = |e: std::io::Error| Failure(format!("cannot read {}: {e}", self.name));
        loop {
            let mut raw = Vec::new();
            let n = (&mut self.input).take(self.cap).read_until(b'\n', &mut raw).map_err(failed)?;
            if n == 0 {
                return Ok(None);
            }
            self.number += 1;
            if n as u64 == self.cap && raw.last() != Some(&b'\n') {
                // Skip the rest of the line without keeping it; it is reported in its place.
                let mut skipped = n as u64;
                loop {
                    let buf = self.input.fill_buf().map_err(failed)?;
                    if buf.is_empty() {
                        break;
                    }
                    match buf.iter().position(|&b| b == b'\n') {
                        Some(i) => {
                            self.input.consume(i + 1);
                            skipped += i as u64;
                            break;
                        }
                        None => {
                            let len = buf.len();
                            self.input.consume(len);
                            skipped += len as u64;
                        }
                    }
                }
                return Ok(Some(Line::TooLong(self.number, skipped)));
            }
            if String::from_utf8_lossy(&raw).trim().is_empty() {
                continue;
            }
            return Ok(Some(Line::Text(self.number, raw)));
        }
    }
}

/// What a run of lines printed: the JSON lines, the worst verdict and the errors.
struct Printed {
    bytes: Vec<u8>,
    worst: Verdict,
    errors: usize,
}

/// Checks lines and prints their reports (or errors) into one buffer, in order.
fn print_lines(checker: &Checker, lines: &[Line], cap: u64) -> Printed {
    // A report line runs to a few KB: room for them up front saves growing the buffer
    // through every power of two.
    let mut out = Printed { bytes: Vec::with_capacity(lines.len() * 8192), worst: Verdict::Pass, errors: 0 };
    for line in lines {
        // Writing JSON into a Vec cannot fail.
        let written = match line {
            Line::TooLong(number, skipped) => {
                out.errors += 1;
                let message = format!(
                    "the line is {skipped} bytes long; a line may be at most {cap} bytes (a text of at most {} MiB): split the text",
                    draftlint::MAX_TEXT_BYTES >> 20
                );
                serde_json::to_writer(
                    &mut out.bytes,
                    &serde_json::json!({ "id": null, "line": number, "error": message }),
                )
            }
            Line::Text(number, raw) => match draftlint::batch::check_line(checker, raw) {
                Ok((id, report)) => {
                    out.worst = out.worst.max(report.verdict);
                    draftlint::json::write_batch_line(&mut out.bytes, &id, &report);
                    Ok(())
                }
                Err((id, message)) => {
                    out.errors += 1;
                    serde_json::to_writer(
                        &mut out.bytes,
                        &serde_json::json!({ "id": id, "line": number, "error": message }),
                    )
                }
            },
        };
        written.expect("JSON into memory");
        out.bytes.push(b'\n');
    }
    out
}

/// `check --jsonl`: one report per line, in the input's order. With more than one job,
/// a reader thread cuts the input into chunks (at most 64 lines or 1 MiB each), `jobs`
/// workers check chunks as they come, and this thread prints them back in order. Channels
/// are bounded, so memory stays at a few chunks per worker whatever the input's size.
fn batch(checker: &Checker, path: &Path, threshold: Verdict, jobs: usize) -> Result<ExitCode, Failure> {
    let input: Box<dyn std::io::BufRead + Send> = if path.as_os_str() == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        let file = std::fs::File::open(path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
        Box::new(std::io::BufReader::new(file))
    };
    // A line may hold a text at the limit written with JSON escapes (`\uXXXX` is six bytes
    // for a three-byte character): beyond twice the limit it is refused unread.
    let cap = 2 * draftlint::MAX_TEXT_BYTES as u64 + 4096;
    let mut lines = Lines { input, name: path.display().to_string(), cap, number: 0 };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut worst = Verdict::Pass;
    let mut errors = 0usize;
    let mut print = |printed: Printed| -> Result<(), Failure> {
        out.write_all(&printed.bytes)?;
        worst = worst.max(printed.worst);
        errors += printed.errors;
        Ok(())
    };

    if jobs <= 1 {
        while let Some(line) = lines.next()? {
            print(print_lines(checker, std::slice::from_ref(&line), cap))?;
        }
    } else {
        use std::sync::{mpsc, Arc, Mutex};
        type Chunk = (usize, Vec<Line>);
        let (chunks, todo) = mpsc::sync_channel::<Chunk>(jobs * 2);
        let (done, finished) = mpsc::sync_channel::<(usize, Printed)>(jobs * 2);
        // The reader is not scoped: if printing fails, this thread returns without waiting
        // for it (it may be blocked reading stdin); it ends when its next send fails.
        let reader = std::thread::spawn(move || -> Result<(), Failure> {
            let (mut chunk, mut weight, mut seq) = (Vec::new(), 0usize, 0usize);
            while let Some(line) = lines.next()? {
                weight += line.weight();
                chunk.push(line);
                if chunk.len() >= 64 || weight >= 1 << 20 {
                    if chunks.send((seq, std::mem::take(&mut chunk))).is_err() {
                        return Ok(()); // the workers stopped: the printer failed
                    }
                    seq += 1;
                    weight = 0;
                }
            }
            if !chunk.is_empty() {
                let _ = chunks.send((seq, chunk));
            }
            Ok(())
        });
        let todo = Arc::new(Mutex::new(todo));
        std::thread::scope(|scope| -> Result<(), Failure> {
            for _ in 0..jobs {
                let (todo, done) = (Arc::clone(&todo), done.clone());
                scope.spawn(move || loop {
                    // The lock is held only to take a chunk, never while checking.
                    let next = todo.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, chunk))) = next else { break };
                    if done.send((seq, print_lines(checker, &chunk, cap))).is_err() {
                        break;
                    }
                });
            }
            drop(done);
            drop(todo); // the workers hold the receiver: when they end, the reader's sends fail
            let mut waiting = std::collections::BTreeMap::new();
            let mut next = 0usize;
            for (seq, printed) in finished {
                waiting.insert(seq, printed);
                while let Some(printed) = waiting.remove(&next) {
                    print(printed)?;
                    next += 1;
                }
            }
            Ok(())
        })?;
        reader.join().map_err(|_| Failure("the batch reader panicked".into()))??;
    }
    out.flush()?;
    Ok(exit_code(errors, worst, threshold))
}

fn eval(checker: &Checker, files: Vec<PathBuf>, misses: bool, json: bool) -> Result<ExitCode, Failure> {
    let corpora = load_corpora(files)?;
    let run = Run::new(checker, corpora);
    if json {
        emit(&format!("{}\n", eval_json(&run, misses)))?;
    } else {
        emit(&run.text(misses))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `draftlint fit`.
fn fit_command(files: Vec<PathBuf>, write: bool, common: &Common) -> Result<ExitCode, Failure> {
    let pack = match &common.pack {
        Some(dir) => pack_files(dir)?,
        None => Pack::embedded_files().iter().map(|(n, t)| (n.to_string(), t.to_string())).collect(),
    };
    let corpora = load_corpora(files)?;
    emit(&fit::run(pack, &corpora, if write { common.pack.as_deref() } else { None })?)?;
    Ok(ExitCode::SUCCESS)
}

/// The corpus files of `eval` and `fit`: those named, or else the defaults that are here.
fn files_or_default(files: Vec<PathBuf>) -> Result<Vec<PathBuf>, Failure> {
    if !files.is_empty() {
        return Ok(files);
    }
    // Run from the project folder: the project's corpora, the external texts (each split
    // into tuning and validation by source) and, beside the project, the shared dev
    // corpus, each when it is there.
    let mut defaults: Vec<PathBuf> = [
        "tests/corpus/draftlint.jsonl",
        "tests/corpus/articles.jsonl",
        "tests/corpus/families.jsonl",
        "tests/corpus/textbook.jsonl",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    let mut external: Vec<PathBuf> = std::fs::read_dir("tests/corpus/external")
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                // The manifest lists the items' sources and labels, not their texts.
                .filter(|p| p.file_name().is_some_and(|n| n != "manifest.jsonl"))
                .collect()
        })
        .unwrap_or_default();
    external.sort();
    defaults.extend(external);
    defaults.push(PathBuf::from("../shared/corpus/dev.jsonl"));
    let defaults: Vec<PathBuf> = defaults.into_iter().filter(|p| p.is_file()).collect();
    if defaults.is_empty() {
        return Err(Failure("no corpus given and tests/corpus/draftlint.jsonl is not here; run from the project folder or name the files".into()));
    }
    Ok(defaults)
}

/// Reads labelled JSONL corpora (the named files, or the defaults).
fn load_corpora(files: Vec<PathBuf>) -> Result<Vec<(PathBuf, Vec<Sample>)>, Failure> {
    let mut corpora = Vec::new();
    for path in files_or_default(files)? {
        let text =
            std::fs::read_to_string(&path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
        let mut samples = Vec::new();
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let sample: Sample =
                serde_json::from_str(line).map_err(|e| Failure(format!("{}:{}: {e}", path.display(), i + 1)))?;
            samples.push(sample);
        }
        corpora.push((path, samples));
    }
    Ok(corpora)
}

/// `draftlint eval --json`: the numbers of [`Run::text`] as one object. Validation misses
/// are never in it, only their number.
fn eval_json(run: &Run, misses: bool) -> serde_json::Value {
    use serde_json::{json, Map, Value};
    fn counts(c: &Counts) -> Value {
        let mut v = json!({
            "items": c.items(),
            "block": c.block, "block_hit": c.block_hit, "block_review": c.block_review,
            "review": c.review, "review_hit": c.review_hit, "review_block": c.review_block,
            "pass": c.pass, "pass_block": c.pass_block, "pass_review": c.pass_review,
        });
        // recall, lenient_recall, precision, hard_fp, soft_fp, review_agreement (null
        // when nothing is counted under them).
        if let (Value::Object(v), Ok(Value::Object(rates))) = (&mut v, serde_json::to_value(c.rates())) {
            v.extend(rates);
        }
        v
    }
    fn evaluation(e: &Evaluation) -> Value {
        let by_lang: Map<String, Value> = e.by_lang.iter().map(|(k, v)| (k.clone(), counts(v))).collect();
        let by_clause: Vec<Value> = e
            .by_clause
            .iter()
            .map(|((lang, clause), (n, hit))| json!({"lang": lang, "clause": clause, "block": n, "block_hit": hit}))
            .collect();
        json!({"by_lang": by_lang, "all": counts(&e.all), "by_clause": by_clause})
    }
    fn parts(p: &std::collections::BTreeMap<Part, Evaluation>) -> Value {
        Value::Object(p.iter().map(|(part, e)| (part.name().to_string(), evaluation(e))).collect())
    }
    let files: Vec<Value> = run
        .files
        .iter()
        .map(|f| {
            let mut v = json!({
                "path": f.path.display().to_string(),
                "items": f.items,
                "millis": f.millis,
                "parts": parts(&f.parts),
                "validation_misses_withheld": f.withheld,
            });
            if misses {
                let tuning: Vec<Value> = f
                    .parts
                    .get(&Part::Tuning)
                    .map(|e| &e.misses[..])
                    .unwrap_or_default()
                    .iter()
                    .map(|m| json!({"id": m.id, "lang": m.lang, "label": m.label, "got": m.got, "rules": m.rules}))
                    .collect();
                v["tuning_misses"] = json!(tuning);
            }
            v
        })
        .collect();
    let groups: Vec<Value> = run
        .groups
        .iter()
        .map(|((part, group, lang), c)| {
            let mut v = counts(c);
            v["part"] = json!(part.name());
            v["group"] = json!(group);
            v["lang"] = json!(lang);
            v
        })
        .collect();
    json!({
        "files": files,
        "groups": groups,
        "summary": parts(&run.summary),
        "articles": parts(&run.articles),
        "validation_misses_withheld": run.withheld(),
        "leaked_sources": run.leaked_sources,
    })
}
