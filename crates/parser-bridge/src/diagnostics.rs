//! Diagnostics: errors as values, rendered in the style of rustc.
//!
//! Every stage of the compiler reports problems by returning `Diagnostic`s rather
//! than panicking. A diagnostic has a kind (which becomes the bracketed code in
//! `error[unsupported]: ...`), a message, a primary label with a span and any
//! number of secondary labels. Rendering needs the `SourceMap` to print the
//! `--> file:line:col` line and the code frame with a caret under the span.

use crate::source::{SourceMap, Span};
use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// What went wrong, in broad classes; printed as the code in brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// The program is not valid Python.
    Syntax,
    /// Valid Python that Taipan does not compile yet.
    Unsupported,
    /// Inference found a value that would need two incompatible types.
    Type,
    /// A state the compiler believed impossible; always a Taipan bug.
    Internal,
    /// Problems reading files, writing outputs or running the linker.
    Io,
    /// An import CPython would fail (a missing name, a circular import that
    /// reaches a name before it is bound).
    Import,
    /// Not a problem: a place that runs in the dynamic tier, and why
    /// (`taipan check` lists them as warnings).
    Dynamic,
    /// Not a problem either: a place that runs in the embedded CPython VM
    /// (tier 3), and why (`taipan check` lists them; `--no-fallback` makes
    /// them errors).
    Vm,
}

impl DiagnosticKind {
    pub fn code(self) -> &'static str {
        match self {
            DiagnosticKind::Syntax => "syntax",
            DiagnosticKind::Unsupported => "unsupported",
            DiagnosticKind::Type => "type",
            DiagnosticKind::Internal => "internal",
            DiagnosticKind::Io => "io",
            DiagnosticKind::Import => "import",
            DiagnosticKind::Dynamic => "dynamic",
            DiagnosticKind::Vm => "vm",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: DiagnosticKind,
    pub message: String,
    /// Where the problem is; `None` only for problems with no place in a source
    /// file, such as a linker failure.
    pub primary: Option<Label>,
    pub secondary: Vec<Label>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(kind: DiagnosticKind, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            kind,
            message: message.into(),
            primary: Some(Label { span, message: String::new() }),
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// A warning: something that works, but that the user may want to know.
    pub fn warning(kind: DiagnosticKind, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(kind, message, span) }
    }

    pub fn unsupported(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::error(DiagnosticKind::Unsupported, message, span)
    }

    pub fn internal(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::error(DiagnosticKind::Internal, message, span)
    }

    /// An error with no source location (I/O, linking).
    pub fn without_span(kind: DiagnosticKind, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            kind,
            message: message.into(),
            primary: None,
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn with_primary_label(mut self, message: impl Into<String>) -> Diagnostic {
        if let Some(label) = &mut self.primary {
            label.message = message.into();
        }
        self
    }

    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.secondary.push(Label { span, message: message.into() });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Renders the diagnostic as rustc does:
    ///
    /// ```text
    /// error[unsupported]: classes are not supported yet
    ///  --> prog.py:3:1
    ///   |
    /// 3 | class Point:
    ///   | ^^^^^^^^^^^^ here
    /// ```
    pub fn render(&self, sources: &SourceMap) -> String {
        let mut out = String::new();
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{}[{}]: {}", severity, self.kind.code(), self.message);
        let mut labels: Vec<&Label> = Vec::new();
        labels.extend(self.primary.iter());
        labels.extend(self.secondary.iter());
        for (index, label) in labels.iter().enumerate() {
            let file = sources.get(label.span.file_id());
            let (line, column) = file.line_column(label.span.start);
            let (end_line, end_column) = file.line_column(label.span.end);
            let gutter = line.to_string().len();
            let pad = " ".repeat(gutter);
            let arrow = if index == 0 { "-->" } else { ":::" };
            let _ = writeln!(out, "{pad}{arrow} {}:{}:{}", file.path, line, column);
            let _ = writeln!(out, "{pad} |");
            let text = file.line_text(line);
            let _ = writeln!(out, "{line} | {text}");
            let line_chars = text.chars().count();
            let caret_end = if end_line == line { end_column } else { line_chars + 1 };
            let width = caret_end.saturating_sub(column).max(1);
            let marker = if index == 0 { "^" } else { "-" };
            let mut underline = format!("{pad} | {}{}", " ".repeat(column - 1), marker.repeat(width));
            if !label.message.is_empty() {
                underline.push(' ');
                underline.push_str(&label.message);
            }
            let _ = writeln!(out, "{underline}");
        }
        for note in &self.notes {
            let _ = writeln!(out, "  = note: {note}");
        }
        out
    }
}

/// Renders a list of diagnostics separated by blank lines.
pub fn render_all(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    diagnostics
        .iter()
        .map(|diagnostic| diagnostic.render(sources))
        .collect::<Vec<_>>()
        .join("\n")
}
