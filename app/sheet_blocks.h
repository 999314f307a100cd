#pragma once
// The pieces a routine sheet is made of. Each block measures itself for a width and paints itself into a
// rectangle, in points (1/72 inch), so the same layout prints, exports to PDF and renders into test images.
// A block is never split across pages: a technique always stays together.

#include "core/technique.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPainter;

namespace rollwise {

class AnatomyPainter;
class BodyArt;
class ContentLibrary;
struct Display;
struct Exercise;
struct Routine;

// Fonts sized in points: the sheet paints with 1 unit = 1 pt, so pixel sizes are point sizes.
QFont sheetFont(int points, bool bold = false, bool italic = false);
// The height of `text` wrapped to `width` the way TextBlock paints it.
double textHeight(const QFont& font, const QString& text, double width);
// The first sentence of a content text: how the sheet shortens a muscle group's "why" by design rather than by
// clipping it mid-word.
QString firstSentence(const QString& text);

// A framed figure of `t` as the sheet draws it: both sides highlighted, the roller's travel, focused on the
// technique; `display` is its pose or one of its body views.
void paintSheetFigure(QPainter& p, const QRectF& area, const ContentLibrary& content, const BodyArt& art,
                      const Technique& t, const Display& display);

class SheetBlock {
public:
    virtual ~SheetBlock() = default;
    virtual double height(double width) const = 0;
    virtual void paint(QPainter& p, const QRectF& rect) const = 0;
    // Where the lumbar zone was drawn inside `rect` (for tests of printed output); empty if nowhere.
    virtual std::vector<QRectF> lumbarMarks(const QRectF&) const { return {}; }
    virtual QString techniqueId() const { return {}; }
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

private:
    static constexpr double kPadding = 8;
    double indentFor(const Line& l) const;
    std::vector<Line> m_lines;
    QColor m_border = Qt::transparent;
    QColor m_fill = Qt::transparent;
};

// One exercise: its pose and body diagram (vector, target highlighted, lumbar zone marked), steps,
// dosage, cautions and the clinician's notes.
class TechniqueBlock : public SheetBlock {
public:
    TechniqueBlock(size_t index, const Routine& routine, const ContentLibrary& content,
                   const BodyArt& art);
    double height(double width) const override;
    void paint(QPainter& p, const QRectF& rect) const override;
    std::vector<QRectF> lumbarMarks(const QRectF& rect) const override;
    QString techniqueId() const override { return m_techniqueId; }

private:
    QRectF poseRect(const QRectF& rect) const;
    QRectF bodyRect(const QRectF& rect) const;
    double textWidth(double width) const { return width * 0.68; }

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
    double titleHeight(double width) const;
    QString m_title;
    int m_weeks;
};

} // namespace rollwise
