// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pieces a routine sheet is made of. Each block measures itself for a width and paints itself into a
// rectangle, in points (1/72 inch), so the same layout prints, exports to PDF and renders into test images.
// An exercise is never split across pages; text blocks may continue on the next one (SheetBlock::split).

#include "app/sheet/sheet_figures.h"
#include "core/technique.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QTextLayout;

namespace rollwise {

class AnatomyPainter;
class BodyArt;
class ContentLibrary;
struct Display;
struct Exercise;
struct Routine;

// The full sheet's type scale, in points: running text, a box's heading, an exercise's name, the title. 10 pt
// DejaVu Sans (a large x-height) reads like 11 pt of a book face.
constexpr int kSheetBody = 10;
constexpr int kSheetHeading = 12;
constexpr int kSheetExercise = 14;
constexpr int kSheetTitle = 20;

// The warning boxes' colours (DO NOT ROLL, STOP, the screening tiers): frame and heading, and fill.
inline const QColor kSheetSafetyRed{0xb0, 0x00, 0x20};
inline const QColor kSheetSafetyFill{0xfd, 0xec, 0xea};

// Fonts sized in points: the sheet paints with 1 unit = 1 pt, so pixel sizes are point sizes.
QFont sheetFont(int points, bool bold = false, bool italic = false);
// `text` wrapped to `width`, lines placed from y = 0: how TextBlock measures and paints it.
std::unique_ptr<QTextLayout> layOutText(const QFont& font, const QString& text, double width);
// The height of `text` wrapped to `width` the way TextBlock paints it.
double textHeight(const QFont& font, const QString& text, double width);
// The first sentence of a content text: how the sheet shortens a muscle group's "why" by design rather than by
// clipping it mid-word.
QString firstSentence(const QString& text);
// Whether every sentence of `text` appears word for word in `printed`: how the sheet finds a text it already says.
bool everySentenceIn(const QString& text, const QString& printed);

class SheetBlock {
public:
    virtual ~SheetBlock() = default;
    virtual double height(double width) const = 0;
    virtual void paint(QPainter& p, const QRectF& rect) const = 0;
    // Where the lumbar zone was drawn inside `rect` (for tests of printed output); empty if nowhere.
    virtual std::vector<QRectF> lumbarMarks(const QRectF&) const { return {}; }
    virtual QString techniqueId() const { return {}; }
    // The flow layout's one way to break a block: the part that fits in `room` and the rest, for the next page.
    // Blocks kept whole (an exercise, the log grid) give neither, and so does a text with no place to break.
    struct Split {
        std::unique_ptr<SheetBlock> head, tail;
    };
    virtual Split split(double /*width*/, double /*room*/) const { return {}; }
};

// Heading, paragraphs and bullet lists in one flow.
class TextBlock : public SheetBlock {
public:
    struct Line {
        QFont font;
        QString text;
        QString bullet; // "•", "1.", "☐" …; empty: a paragraph
        QColor color = Qt::black;
        double spaceBefore = 0;
    };
    void add(const QFont& font, const QString& text, const QString& bullet = {}, QColor color = Qt::black,
             double spaceBefore = 0);
    void setFrame(QColor border, QColor fill) { m_border = border; m_fill = fill; }
    double height(double width) const override;
    void paint(QPainter& p, const QRectF& rect) const override;
    // Breaks between two lines (a wrapped paragraph or bullet stays whole), never right after a heading; a framed
    // box is framed on both pages.
    Split split(double width, double room) const override;

private:
    static constexpr double kPadding = 8;
    double padding() const { return m_border == Qt::transparent ? 0 : kPadding; } // inside a frame
    double indentFor(const Line& l) const;
    double lineHeight(const Line& l, double width) const;
    bool isHeading(size_t line) const;
    std::vector<Line> m_lines;
    QColor m_border = Qt::transparent;
    QColor m_fill = Qt::transparent;
};

// One exercise: its name; its pose and body diagram side by side (sheet_figures.h: vector, target highlighted,
// lumbar zone marked, labels outside); then, the page's full width, its dosage, steps, cautions and the
// clinician's notes.
class TechniqueBlock : public SheetBlock {
public:
    TechniqueBlock(size_t index, const Routine& routine, const ContentLibrary& content,
                   const BodyArt& art);
    double height(double width) const override;
    void paint(QPainter& p, const QRectF& rect) const override;
    std::vector<QRectF> lumbarMarks(const QRectF& rect) const override;
    QString techniqueId() const override { return m_techniqueId; }
    // Where the pictures and their labels are in the block `rect`; empty for an unknown technique.
    QRectF figuresRow(const QRectF& rect) const;
    std::optional<SheetFigures> figures() const;

private:
    const ContentLibrary& m_content;
    const BodyArt& m_art;
    QString m_techniqueId;
    Technique m_technique; // a copy: custom techniques live in the routine, which may go away
    QString m_heading;
    TextBlock m_text;
    bool m_perSide = false;
};

// A tick-box grid to log sessions over several weeks.
class LogGridBlock : public SheetBlock {
public:
    LogGridBlock(QString title, int weeks);
    double height(double width) const override;
    void paint(QPainter& p, const QRectF& rect) const override;

private:
    static int columns(double width);
    double titleHeight(double width) const;
    QString m_title;
    int m_weeks;
};

} // namespace rollwise
