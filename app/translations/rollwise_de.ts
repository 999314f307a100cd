<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnatomyPainter</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>DO NOT
ROLL</source>
        <translation>NICHT
ROLLEN</translation>
    </message>
    <message>
        <source>%1: never rolled</source>
        <translation>%1: niemals rollen</translation>
    </message>
    <message>
        <source> (right)</source>
        <translation> (rechts)</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (links)</translation>
    </message>
    <message>
        <source>Lumbar spine: never roll</source>
        <translation>Lendenwirbelsäule: niemals rollen</translation>
    </message>
    <message>
        <source>Nerves and vessels: keep clear</source>
        <translation>Nerven und Gefäße: Abstand halten</translation>
    </message>
    <message>
        <source>Bony areas: roll beside them</source>
        <translation>Knochenvorsprünge: daneben rollen</translation>
    </message>
    <message>
        <source>Rollwise&apos;s own guidance, not from the article: </source>
        <translation>Hinweis von Rollwise, nicht aus dem Artikel: </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>möglicherweise ist der Datenträger voll</translation>
    </message>
    <message>
        <source>%1: cannot be saved: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>DO NOT ROLL the lumbar spine (lower back): roll the muscles around it. It is marked red on every picture.</source>
        <translation>NICHT ROLLEN: die Lendenwirbelsäule (unterer Rücken). Rollen Sie die Muskeln um sie herum. Sie ist auf jedem Bild rot markiert.</translation>
    </message>
    <message>
        <source>When to consult a professional: %1.</source>
        <translation>Wann Sie fachlichen Rat suchen sollten: %1.</translation>
    </message>
    <message>
        <source>%1. Roll about %2 cm (%3 in) per second; hold tender spots as each exercise says.</source>
        <translation>%1. Rollen Sie etwa %L2 cm (%3 Zoll) pro Sekunde; bleiben Sie auf empfindlichen Stellen so lange, wie bei jeder Übung angegeben.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1: valid routine &quot;%2&quot; (%3, %4)</source>
        <translation>%1: gültige Routine „%2“ (%3, %4)</translation>
    </message>
    <message>
        <source>Validate a routine file. Exit 0 if valid (warnings on stderr), 1 if invalid, 2 if it cannot be read.</source>
        <translation>Eine Routinedatei prüfen. Exit-Code 0, wenn gültig (Warnungen auf stderr), 1, wenn ungültig, 2, wenn sie nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>routine.json</source>
        <translation>routine.json</translation>
    </message>
    <message>
        <source>Print the session timeline (every cue with its offset in ms) as JSON for the given routine or the built-in one.</source>
        <translation>Den Ablauf der Einheit (jedes Signal mit seinem Zeitpunkt in ms) als JSON ausgeben, für die angegebene oder die mitgelieferte Routine.</translation>
    </message>
    <message>
        <source>Write the built-in (or given) routine as a routine file: the template clinicians start from.</source>
        <translation>Die mitgelieferte (oder angegebene) Routine als Routinedatei schreiben: die Vorlage, mit der Therapeuten beginnen.</translation>
    </message>
    <message>
        <source>out.json</source>
        <translation>ausgabe.json</translation>
    </message>
    <message>
        <source>Write the illustrated routine sheet for the built-in (or given) routine as a PDF.</source>
        <translation>Das illustrierte Übungsblatt für die mitgelieferte (oder angegebene) Routine als PDF schreiben.</translation>
    </message>
    <message>
        <source>out.pdf</source>
        <translation>ausgabe.pdf</translation>
    </message>
    <message>
        <source>Patient name on the sheet (--export-pdf).</source>
        <translation>Name der Patientin oder des Patienten auf dem Blatt (--export-pdf).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Clinician on the sheet (--export-pdf).</source>
        <translation>Therapeut/in auf dem Blatt (--export-pdf).</translation>
    </message>
    <message>
        <source>Notes on the sheet (--export-pdf).</source>
        <translation>Notizen auf dem Blatt (--export-pdf).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Paper for --export-pdf: a4 or letter (default a4).</source>
        <translation>Papierformat für --export-pdf: a4 oder letter (Standard: a4).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Render a body view or pose to a PNG, as a session shows it, without a display.</source>
        <translation>Eine Körperansicht oder Position als PNG zeichnen, wie eine Einheit sie zeigt, ohne Bildschirm.</translation>
    </message>
    <message>
        <source>out.png</source>
        <translation>ausgabe.png</translation>
    </message>
    <message>
        <source>Technique for --snapshot (default glutes).</source>
        <translation>Technik für --snapshot (Standard: glutes).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>View for --snapshot: posterior, anterior, lateral or pose (default: the technique&apos;s main view).</source>
        <translation>Ansicht für --snapshot: posterior, anterior, lateral oder pose (Standard: die Hauptansicht der Technik).</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Side for --snapshot: left or right.</source>
        <translation>Seite für --snapshot: left oder right.</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Image size for --snapshot (default 900x1400).</source>
        <translation>Bildgröße für --snapshot (Standard: 900x1400).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Moment for --snapshot, in seconds since the technique began, get-ready countdown included (default 20).</source>
        <translation>Zeitpunkt für --snapshot in Sekunden seit Beginn der Technik, Vorbereitungs-Countdown eingeschlossen (Standard: 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>rollwise: --side %1: expected left or right</source>
        <translation>rollwise: --side %1: erwartet wird left oder right</translation>
    </message>
    <message>
        <source>rollwise: --size %1: expected WIDTHxHEIGHT in pixels, e.g. 900x1400</source>
        <translation>rollwise: --size %1: erwartet wird BREITExHÖHE in Pixeln, z. B. 900x1400</translation>
    </message>
    <message>
        <source>rollwise: --at %1: expected a number of seconds</source>
        <translation>rollwise: --at %1: erwartet wird eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>rollwise: --page %1: expected a4 or letter</source>
        <translation>rollwise: --page %1: erwartet wird a4 oder letter</translation>
    </message>
    <message>
        <source>Foam-rolling coach for lower-back relief: roll the muscles around the lower back, never the lumbar spine.</source>
        <translation>Faszienrollen-Coach zur Entlastung des unteren Rückens: Rollen Sie die Muskeln rund um den unteren Rücken, niemals die Lendenwirbelsäule.</translation>
    </message>
    <message>
        <source>Routine file to use instead of the built-in one.</source>
        <translation>Routinedatei, die statt der mitgelieferten verwendet wird.</translation>
    </message>
    <message>
        <source>rollwise: expected at most one routine file, got %1: %2</source>
        <translation>rollwise: höchstens eine Routinedatei erwartet, erhalten: %1: %2</translation>
    </message>
    <message>
        <source>rollwise: --check takes the routine file as its value: --check FILE</source>
        <translation>rollwise: --check erwartet die Routinedatei als Wert: --check DATEI</translation>
    </message>
    <message>
        <source>Could not open %1; showing the built-in routine instead.
%2</source>
        <translation>%1 konnte nicht geöffnet werden; stattdessen wird die mitgelieferte Routine angezeigt.
%2</translation>
    </message>
    <message>
        <source>Language of every text: de or en (default: the system&apos;s language when it is one of these, else English).</source>
        <translation>Sprache aller Texte: de oder en (Standard: die Sprache des Systems, wenn es eine davon ist, sonst Englisch).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>rollwise: --lang %1: expected one of: %2</source>
        <translation>rollwise: --lang %1: erwartet wird eines von: %2</translation>
    </message>
    <message>
        <source>error: %1: not exported: %2</source>
        <translation>Fehler: %1: nicht exportiert: %2</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: contains a line break, expected one line of text</source>
        <translation>Fehler: %1: enthält einen Zeilenumbruch, erwartet wird eine Textzeile</translation>
    </message>
    <message>
        <source>Layout for --export-pdf: sheet (every step, several pages) or card (one page, every exercise with a small picture; default sheet).</source>
        <translation>Layout für --export-pdf: sheet (jeder Schritt, mehrere Seiten) oder card (eine Seite, jede Übung mit einem kleinen Bild; Standard: sheet).</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>rollwise: --layout %1: expected sheet or card</source>
        <translation>rollwise: --layout %1: erwartet wird sheet oder card</translation>
    </message>
    <message>
        <source>Date of the next review on the sheet, YYYY-MM-DD (--export-pdf; default: the routine file&apos;s nextReview).</source>
        <translation>Datum der nächsten Kontrolle auf dem Blatt, JJJJ-MM-TT (--export-pdf; Standard: nextReview der Routinedatei).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>rollwise: --next-review %1: expected a date, YYYY-MM-DD</source>
        <translation>rollwise: --next-review %1: erwartet wird ein Datum, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Run the voice-command recogniser on a recording (16 kHz mono 16-bit WAV) and print one line per command heard: SECONDS COMMAND-ID.</source>
        <translation>Die Sprachbefehlserkennung auf eine Aufnahme anwenden (WAV, 16 kHz, mono, 16 Bit) und je erkanntem Befehl eine Zeile ausgeben: SEKUNDEN BEFEHL-ID.</translation>
    </message>
    <message>
        <source>recording.wav</source>
        <translation>aufnahme.wav</translation>
    </message>
    <message>
        <source>rollwise: --listen takes the recording as its value: --listen FILE.wav</source>
        <translation>rollwise: --listen erwartet die Aufnahme als Wert: --listen DATEI.wav</translation>
    </message>
    <message>
        <source>rollwise: use only one of %1 at a time</source>
        <translation>rollwise: verwenden Sie jeweils nur eine der Optionen %1</translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <source>a PNG or SVG image of at most %1 bytes</source>
        <translation>ein PNG- oder SVG-Bild von höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image</source>
        <translation>%1 ist ein Ordner, kein Bild</translation>
    </message>
    <message>
        <source>%1 is %2 bytes</source>
        <translation>%1 ist %2 Bytes groß</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>%1 is XML but not SVG (its first element is &lt;%2&gt;)</source>
        <translation>%1 ist XML, aber kein SVG (das erste Element ist &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>%1 is not a PNG or SVG image</source>
        <translation>%1 ist kein PNG- oder SVG-Bild</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe, not an image file</source>
        <translation>%1 ist ein Gerät oder eine Pipe, keine Bilddatei</translation>
    </message>
</context>
<context>
    <name>ClinicBand</name>
    <message>
        <source>%1 is a damaged PNG image: it cannot be drawn</source>
        <translation>%1 ist ein beschädigtes PNG-Bild: es kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>%1 is an SVG image that cannot be drawn</source>
        <translation>%1 ist ein SVG-Bild, das nicht gezeichnet werden kann</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient/in: %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Nächste Kontrolle: %1</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1 (erwartet: %2)</translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>unknown muscle group &quot;%1&quot;</source>
        <translation>unbekannte Muskelgruppe „%1“</translation>
    </message>
    <message>
        <source>unknown view</source>
        <translation>unbekannte Ansicht</translation>
    </message>
    <message>
        <source>posterior, anterior or lateral</source>
        <translation>posterior, anterior oder lateral</translation>
    </message>
    <message>
        <source>unknown best practice &quot;%1&quot;</source>
        <translation>unbekannte Empfehlung „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid technique id</source>
        <translation>„%1“ ist keine gültige Technik-ID</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;, starting with a letter</source>
        <translation>Kleinbuchstaben, Ziffern und „-“, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of a built-in technique</source>
        <translation>„%1“ ist die ID einer mitgelieferten Technik</translation>
    </message>
    <message>
        <source>a new id</source>
        <translation>eine neue ID</translation>
    </message>
    <message>
        <source>has no steps</source>
        <translation>hat keine Schritte</translation>
    </message>
    <message>
        <source>at least one step</source>
        <translation>mindestens ein Schritt</translation>
    </message>
    <message>
        <source>unknown muscle region &quot;%1&quot;</source>
        <translation>unbekannte Muskelregion „%1“</translation>
    </message>
    <message>
        <source>must list step numbers of this technique</source>
        <translation>muss Schrittnummern dieser Technik aufführen</translation>
    </message>
    <message>
        <source>numbers from 1 to %1</source>
        <translation>Zahlen von 1 bis %1</translation>
    </message>
    <message>
        <source>has no roller path</source>
        <translation>hat keinen Rollweg</translation>
    </message>
    <message>
        <source>at least one path</source>
        <translation>mindestens ein Rollweg</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>unbekannte Ansicht „%1“</translation>
    </message>
    <message>
        <source>unknown path side &quot;%1&quot;</source>
        <translation>unbekannte Seite des Rollwegs „%1“</translation>
    </message>
    <message>
        <source>&quot;right&quot; (mirrored for the left side) or &quot;centre&quot;</source>
        <translation>&quot;right&quot; (für die linke Seite gespiegelt) oder &quot;centre&quot;</translation>
    </message>
    <message>
        <source>path is shorter than 1 cm</source>
        <translation>der Rollweg ist kürzer als 1 cm</translation>
    </message>
    <message>
        <source>points that trace where the roller travels</source>
        <translation>Punkte, die den Weg der Rolle nachzeichnen</translation>
    </message>
    <message>
        <source>unknown zone kind &quot;%1&quot;</source>
        <translation>unbekannte Zonenart „%1“</translation>
    </message>
    <message>
        <source>spine, bony or neurovascular</source>
        <translation>spine, bony oder neurovascular</translation>
    </message>
</context>
<context>
    <name>ContentTranslation</name>
    <message>
        <source>is not a translatable text</source>
        <translation>ist kein übersetzbarer Text</translation>
    </message>
    <message>
        <source>only words for people</source>
        <translation>nur Texte für Menschen</translation>
    </message>
    <message>
        <source>translation is not a non-empty string</source>
        <translation>die Übersetzung ist keine nicht-leere Zeichenkette</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>translation is not an object</source>
        <translation>die Übersetzung ist kein Objekt</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the content</source>
        <translation>„%1“ ist nicht im Inhalt enthalten</translation>
    </message>
    <message>
        <source>a key of content.json</source>
        <translation>ein Schlüssel aus content.json</translation>
    </message>
    <message>
        <source>translation is not an object keyed by id</source>
        <translation>die Übersetzung ist kein nach IDs geordnetes Objekt</translation>
    </message>
    <message>
        <source>{&quot;&lt;id&gt;&quot;: {…}}</source>
        <translation>{&quot;&lt;id&gt;&quot;: {…}}</translation>
    </message>
    <message>
        <source>unknown id &quot;%1&quot;</source>
        <translation>unbekannte ID „%1“</translation>
    </message>
    <message>
        <source>an id from content.json</source>
        <translation>eine ID aus content.json</translation>
    </message>
    <message>
        <source>translation has %1 items, the content %2</source>
        <translation>die Übersetzung hat %1 Einträge, der Inhalt %2</translation>
    </message>
    <message>
        <source>the same number of items, in the same order</source>
        <translation>dieselbe Anzahl Einträge in derselben Reihenfolge</translation>
    </message>
    <message>
        <source>numbers and switches cannot be translated</source>
        <translation>Zahlen und Schalter können nicht übersetzt werden</translation>
    </message>
    <message>
        <source>only texts</source>
        <translation>nur Texte</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&lt;input&gt;</source>
        <translation>&lt;Eingabe&gt;</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>custom technique</source>
        <translation>eigene Technik</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>safety check</source>
        <translation>Sicherheitsabfrage</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1-Eintrag</translation>
    </message>
</context>
<context>
    <name>DiagnosticWords</name>
    <message>
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>roll time</source>
        <translation>Rollzeit</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Custom techniques</source>
        <translation>Eigene Techniken</translation>
    </message>
    <message>
        <source>roller path %1</source>
        <translation>Rollweg %1</translation>
    </message>
    <message>
        <source>roller paths</source>
        <translation>Rollwege</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>target muscles</source>
        <translation>Zielmuskeln</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Exercise %1 (%2)</source>
        <translation>Übung %1 (%2)</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>Custom technique “%1”</source>
        <translation>Eigene Technik „%1“</translation>
    </message>
    <message>
        <source>Custom technique %1</source>
        <translation>Eigene Technik %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cleared on</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>sessions a week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Default hold</source>
        <translation>Standard-Haltezeit</translation>
    </message>
    <message>
        <source>Default roll time</source>
        <translation>Standard-Rollzeit</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Kontrolle</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Adresse der Praxis</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefon der Praxis</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logo der Praxis</translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Rollwise routines (*.json);;All files (*)</source>
        <translation>Rollwise-Routinen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Die Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open Routine</source>
        <translation>Routine öffnen</translation>
    </message>
    <message>
        <source>Save Routine As</source>
        <translation>Routine speichern unter</translation>
    </message>
    <message>
        <source>Choose the Clinic&apos;s Logo</source>
        <translation>Logo der Praxis wählen</translation>
    </message>
    <message>
        <source>Logos (*.png *.svg);;All files (*)</source>
        <translation>Logos (*.png *.svg);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>&quot;%1&quot; is not a UTC time</source>
        <translation>„%1“ ist keine UTC-Zeit</translation>
    </message>
    <message>
        <source>an ISO 8601 time such as 2025-01-06T07:30:00Z</source>
        <translation>eine ISO-8601-Zeit wie 2025-01-06T07:30:00Z</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>endet, bevor sie beginnt</translation>
    </message>
    <message>
        <source>a time at or after &quot;start&quot;</source>
        <translation>eine Zeit gleich oder nach &quot;start&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome</source>
        <translation>„%1“ ist kein Ergebnis</translation>
    </message>
    <message>
        <source>&quot;completed&quot;, &quot;stopped&quot; or &quot;safety-stop&quot;</source>
        <translation>&quot;completed&quot;, &quot;stopped&quot; oder &quot;safety-stop&quot;</translation>
    </message>
    <message>
        <source>file is %1 bytes</source>
        <translation>die Datei ist %1 Bytes groß</translation>
    </message>
    <message>
        <source>a history file of at most %1 bytes</source>
        <translation>eine Verlaufsdatei von höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>a JSON history object</source>
        <translation>ein JSON-Verlaufsobjekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Rollwise history</source>
        <translation>„%1“ ist kein Rollwise-Verlauf</translation>
    </message>
    <message>
        <source>unsupported history version %1</source>
        <translation>nicht unterstützte Verlaufsversion %1</translation>
    </message>
    <message>
        <source>is given for a session that was not stopped for safety</source>
        <translation>ist bei einer Sitzung angegeben, die nicht aus Sicherheitsgründen abgebrochen wurde</translation>
    </message>
    <message>
        <source>a stop reason only with the outcome &quot;safety-stop&quot;</source>
        <translation>einen Abbruchgrund nur beim Ergebnis „safety-stop“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>a date such as 2025-01-06</source>
        <translation>ein Datum wie 2025-01-06</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of safety check</source>
        <translation>„%1“ ist keine Art von Sicherheitscheck</translation>
    </message>
    <message>
        <source>&quot;check&quot; or &quot;repeated-stops-acknowledged&quot;</source>
        <translation>„check“ oder „repeated-stops-acknowledged“</translation>
    </message>
    <message>
        <source>has %1 answers</source>
        <translation>hat %1 Antworten</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign id</source>
        <translation>„%1“ ist keine Kennung eines Warnzeichens</translation>
    </message>
    <message>
        <source>an id of 1 to %1 characters</source>
        <translation>eine Kennung mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verdict</source>
        <translation>„%1“ ist kein Ergebnis</translation>
    </message>
    <message>
        <source>&quot;clear&quot;, &quot;consult-cleared&quot;, &quot;consult-not-cleared&quot;, &quot;urgent&quot;, &quot;clinician-first&quot; or &quot;clinician-cleared&quot;</source>
        <translation>„clear“, „consult-cleared“, „consult-not-cleared“, „urgent“, „clinician-first“ oder „clinician-cleared“</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>it could not be moved to %1</source>
        <translation>sie konnte nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>could not be backed up (%1); it is left untouched and new sessions are not saved until it is moved away</source>
        <translation>konnte nicht gesichert werden (%1); sie bleibt unverändert, und neue Einheiten werden erst gespeichert, wenn sie entfernt wurde</translation>
    </message>
    <message>
        <source>is a folder, not a history file</source>
        <translation>ist ein Ordner, keine Verlaufsdatei</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>eine JSON-Datei</translation>
    </message>
    <message>
        <source>file is %1 bytes</source>
        <translation>die Datei ist %1 Bytes groß</translation>
    </message>
    <message>
        <source>a history file of at most %1 bytes</source>
        <translation>eine Verlaufsdatei von höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the damaged file was kept as %1; new sessions start a fresh history</source>
        <translation>die beschädigte Datei wurde als %1 aufbewahrt; neue Einheiten beginnen einen neuen Verlauf</translation>
    </message>
    <message>
        <source>1 damaged session was left out; the original file was kept as %1</source>
        <translation>1 beschädigte Einheit wurde ausgelassen; die ursprüngliche Datei wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>%1 damaged sessions were left out; the original file was kept as %2</source>
        <translation>%1 beschädigte Einheiten wurden ausgelassen; die ursprüngliche Datei wurde als %2 aufbewahrt</translation>
    </message>
    <message>
        <source>%1: the history is full (%2 sessions); export it as CSV and move the file away to start a new one</source>
        <translation>%1: der Verlauf ist voll (%2 Einheiten); exportieren Sie ihn als CSV und verschieben Sie die Datei, um einen neuen zu beginnen</translation>
    </message>
    <message>
        <source>%1: there is no session %2 to update</source>
        <translation>%1: es gibt keine Einheit %2, die aktualisiert werden könnte</translation>
    </message>
    <message>
        <source>%1: the history would be %2 bytes, over the limit of %3; export it as CSV and move the file away to start a new one</source>
        <translation>%1: der Verlauf wäre %2 Bytes groß und damit über der Grenze von %3; exportieren Sie ihn als CSV und verschieben Sie die Datei, um einen neuen zu beginnen</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the sessions that could be read were not written back yet: %1</source>
        <translation>die lesbaren Einheiten wurden noch nicht zurückgeschrieben: %1</translation>
    </message>
    <message>
        <source>was written by a newer Rollwise (history version %1; this version reads version %2); it is left untouched, and sessions are not recorded until you update Rollwise</source>
        <translation>wurde von einem neueren Rollwise geschrieben (Verlaufsversion %1; diese Version liest Version %2); die Datei bleibt unverändert, und Einheiten werden erst nach einem Update von Rollwise aufgezeichnet</translation>
    </message>
    <message>
        <source>%1: the history is full (%2 safety checks); export it as CSV and move the file away to start a new one</source>
        <translation>%1: Der Verlauf ist voll (%2 Sicherheitschecks); exportieren Sie ihn als CSV und verschieben Sie die Datei, um einen neuen zu beginnen</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>fehlerhaftes JSON bei %1: %2</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>gültiges JSON</translation>
    </message>
    <message>
        <source>top level is an array</source>
        <translation>die oberste Ebene ist ein Array</translation>
    </message>
    <message>
        <source>top level is not an object</source>
        <translation>die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>version %1; a newer Rollwise may read this file</source>
        <translation>Version %1; eine neuere Rollwise-Version kann diese Datei eventuell lesen</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>null</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>ist %1</translation>
    </message>
    <message>
        <source>text is %1 characters long</source>
        <translation>der Text ist %1 Zeichen lang</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>has %1 items</source>
        <translation>hat %1 Einträge</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>[x, y] in centimetres</source>
        <translation>[x, y] in Zentimetern</translation>
    </message>
    <message>
        <source>is not a point</source>
        <translation>ist kein Punkt</translation>
    </message>
    <message>
        <source>coordinates must be numbers</source>
        <translation>Koordinaten müssen Zahlen sein</translation>
    </message>
    <message>
        <source>coordinate out of the body frame</source>
        <translation>Koordinate außerhalb des Körperrahmens</translation>
    </message>
    <message>
        <source>values between -500 and 500 cm</source>
        <translation>Werte zwischen -500 und 500 cm</translation>
    </message>
    <message>
        <source>has %1 points</source>
        <translation>hat %1 Punkte</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>unknown field is ignored</source>
        <translation>unbekanntes Feld wird ignoriert</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;?</source>
        <translation>„%1“?</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice (again at %2)</source>
        <translation>Schlüssel „%1“ kommt zweimal vor (erneut bei %2)</translation>
    </message>
    <message>
        <source>each key at most once per object</source>
        <translation>jeden Schlüssel höchstens einmal pro Objekt</translation>
    </message>
</context>
<context>
    <name>KeywordSpotter</name>
    <message>
        <source>voice commands: the English speech model is missing from %1 (install the package pocketsphinx-en-us)</source>
        <translation>Sprachbefehle: das englische Sprachmodell fehlt in %1 (installieren Sie das Paket pocketsphinx-en-us)</translation>
    </message>
    <message>
        <source>voice commands: the speech recogniser rejected its settings</source>
        <translation>Sprachbefehle: die Spracherkennung hat ihre Einstellungen abgelehnt</translation>
    </message>
    <message>
        <source>voice commands: the speech model in %1 could not be loaded</source>
        <translation>Sprachbefehle: das Sprachmodell in %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>voice commands: the word &quot;%1&quot; in phrase &quot;%2&quot; is not in the English dictionary</source>
        <translation>Sprachbefehle: das Wort „%1“ in der Wendung „%2“ steht nicht im englischen Wörterbuch</translation>
    </message>
    <message>
        <source>voice commands: cannot write the phrase list: %1</source>
        <translation>Sprachbefehle: die Liste der Wendungen kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>voice commands: the speech recogniser refused the phrase list</source>
        <translation>Sprachbefehle: die Spracherkennung hat die Liste der Wendungen abgelehnt</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Switch side</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>both sides together</source>
        <translation>beide Seiten zugleich</translation>
    </message>
    <message>
        <source>right, then left</source>
        <translation>erst rechts, dann links</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>nur rechte Seite</translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>nur linke Seite</translation>
    </message>
    <message>
        <source>1 pass (about %1 s)</source>
        <translation>1 Durchgang (etwa %1 s)</translation>
    </message>
    <message>
        <source>%1 passes (about %2 s)</source>
        <translation>%1 Durchgänge (etwa %2 s)</translation>
    </message>
    <message>
        <source>roll %1 s</source>
        <translation>rollen %1 s</translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation>halten %1 s</translation>
    </message>
    <message>
        <source>rest %1 s</source>
        <translation>Pause %1 s</translation>
    </message>
    <message>
        <source>Rollwise tip</source>
        <translation>Rollwise-Tipp</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>Rollwise tip: text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>right and left side</source>
        <translation>rechte und linke Seite</translation>
    </message>
    <message>
        <source>hold %1 s (the article suggests %2-%3 s)</source>
        <translation>%1 s halten (der Artikel empfiehlt %2-%3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n-mal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-%2 times a week</source>
        <translation>%1-%2-mal pro Woche</translation>
    </message>
    <message>
        <source>%1 (the article suggests %2-%3)</source>
        <translation>%1 (der Artikel empfiehlt %2-%3)</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Back view</source>
        <translation>Ansicht von hinten</translation>
    </message>
    <message>
        <source>Front view</source>
        <translation>Ansicht von vorn</translation>
    </message>
    <message>
        <source>Side view</source>
        <translation>Seitenansicht</translation>
    </message>
    <message>
        <source>The lumbar spine is hatched red: never roll it.</source>
        <translation>Die Lendenwirbelsäule ist rot schraffiert: Rollen Sie sie nie.</translation>
    </message>
    <message>
        <source>Position on the roller</source>
        <translation>Position auf der Rolle</translation>
    </message>
    <message>
        <source>%1, zoomed on the lower back. %2</source>
        <translation>%1, vergrößert auf den unteren Rücken. %2</translation>
    </message>
    <message>
        <source>%1. Highlighted: %2. %3</source>
        <translation>%1. Hervorgehoben: %2. %3</translation>
    </message>
    <message>
        <source>Why the lumbar spine is never rolled</source>
        <translation>Warum die Lendenwirbelsäule nie gerollt wird</translation>
    </message>
    <message>
        <source>%1 (Rollwise guidance, not from the article)</source>
        <translation>%1 (Hinweis von Rollwise, nicht aus dem Artikel)</translation>
    </message>
    <message>
        <source>Roller orientation:</source>
        <translation>Ausrichtung der Rolle:</translation>
    </message>
    <message>
        <source>Roller placement:</source>
        <translation>Lage der Rolle:</translation>
    </message>
    <message>
        <source>Pace, hold and how often</source>
        <translation>Tempo, Halten und Häufigkeit</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Das Wichtigste in Kürze</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
</context>
<context>
    <name>Narrator</name>
    <message>
        <source>Your clinician&apos;s note: %1</source>
        <translation>Hinweis Ihrer Therapeutin oder Ihres Therapeuten: %1</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Machen Sie sich bereit: %1</translation>
    </message>
    <message>
        <source>Get ready: %1, %2</source>
        <translation>Machen Sie sich bereit: %1, %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Als Nächstes: %1, %2</translation>
    </message>
    <message>
        <source>Start rolling slowly</source>
        <translation>Beginnen Sie, langsam zu rollen</translation>
    </message>
    <message numerus="yes">
        <source>Hold on the tender spot for %n seconds</source>
        <translation>
            <numerusform>Halten Sie %n Sekunde auf der empfindlichen Stelle</numerusform>
            <numerusform>Halten Sie %n Sekunden auf der empfindlichen Stelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold on the tender spot</source>
        <translation>Halten Sie auf der empfindlichen Stelle</translation>
    </message>
    <message>
        <source>Release, and breathe</source>
        <translation>Lösen Sie den Druck und atmen Sie</translation>
    </message>
    <message>
        <source>Then keep rolling</source>
        <translation>Dann rollen Sie weiter</translation>
    </message>
    <message>
        <source>Switch to the %1</source>
        <translation>Wechseln Sie auf die %1</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message numerus="yes">
        <source>Rest for %n seconds</source>
        <translation>
            <numerusform>Pause für %n Sekunde</numerusform>
            <numerusform>Pause für %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Session complete. Drink some water</source>
        <translation>Einheit beendet. Trinken Sie etwas Wasser</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Hören Sie jetzt auf</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit abgebrochen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>ProgressData</name>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Noch keine Einheiten aufgezeichnet.</translation>
    </message>
    <message>
        <source>This week: 1 session; the target is %1 to %2 a week.</source>
        <translation>Diese Woche: 1 Einheit; das Ziel sind %1 bis %2 pro Woche.</translation>
    </message>
    <message>
        <source>This week: %1 sessions; the target is %2 to %3 a week.</source>
        <translation>Diese Woche: %1 Einheiten; das Ziel sind %2 bis %3 pro Woche.</translation>
    </message>
    <message>
        <source>Streak: 1 week at target.</source>
        <translation>Serie: 1 Woche im Ziel.</translation>
    </message>
    <message>
        <source>Streak: %1 weeks at target.</source>
        <translation>Serie: %1 Wochen im Ziel.</translation>
    </message>
    <message>
        <source>1 session in all.</source>
        <translation>Insgesamt 1 Einheit.</translation>
    </message>
    <message>
        <source>%1 sessions in all.</source>
        <translation>Insgesamt %1 Einheiten.</translation>
    </message>
    <message>
        <source>Completed: %1 · Ended early: %2 · Safety stops: %3</source>
        <translation>Abgeschlossen: %1 · Vorzeitig beendet: %2 · Sicherheitsstopps: %3</translation>
    </message>
</context>
<context>
    <name>ProgressPainter</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>of %1 sessions: target met</source>
        <translation>von %1 Einheiten: Ziel erreicht</translation>
    </message>
    <message>
        <source>of %1 sessions: 1 more to go</source>
        <translation>von %1 Einheiten: noch 1</translation>
    </message>
    <message>
        <source>of %1 sessions: %2 more to go</source>
        <translation>von %1 Einheiten: noch %2</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>in a row with %1 or more sessions</source>
        <translation>in Folge mit %1 oder mehr Einheiten</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>Wochendurchschnitt</translation>
    </message>
    <message>
        <source>sessions a week, last week</source>
        <translation>Einheiten pro Woche, letzte Woche</translation>
    </message>
    <message>
        <source>sessions a week over the last %1 weeks</source>
        <translation>Einheiten pro Woche in den letzten %1 Wochen</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Einheiten</translation>
    </message>
    <message>
        <source>last one on %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Einheiten</translation>
    </message>
    <message>
        <source>Finish or stop a session and it appears here: sessions per week against the advice of %1–%2, your streak, and how tender each muscle group felt over time.</source>
        <translation>Beenden oder stoppen Sie eine Einheit, dann erscheint sie hier: Einheiten pro Woche im Vergleich zur Empfehlung von %1–%2, Ihre Serie und wie empfindlich sich jede Muskelgruppe im Lauf der Zeit angefühlt hat.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>an adapted text lists no article excerpts</source>
        <translation>ein angepasster Text nennt keine Auszüge aus dem Artikel</translation>
    </message>
    <message>
        <source>{&quot;adapted&quot;: [&quot;&lt;the article&apos;s words&gt;&quot;, …]}</source>
        <translation>{&quot;adapted&quot;: [&quot;&lt;die Worte des Artikels&gt;&quot;, …]}</translation>
    </message>
    <message>
        <source>not a kind of provenance</source>
        <translation>keine Art von Herkunft</translation>
    </message>
    <message>
        <source>&quot;article&quot;, &quot;rollwise&quot; or {&quot;adapted&quot;: [excerpts]}</source>
        <translation>&quot;article&quot;, &quot;rollwise&quot; oder {&quot;adapted&quot;: [Auszüge]}</translation>
    </message>
    <message>
        <source>%1: no provenance (is it the article&apos;s, adapted, or Rollwise&apos;s?)</source>
        <translation>%1: keine Herkunft (stammt der Text aus dem Artikel, ist er angepasst oder von Rollwise?)</translation>
    </message>
    <message>
        <source>%1: marked &quot;article&quot; but not the article&apos;s words: &quot;%2&quot;</source>
        <translation>%1: als &quot;article&quot; markiert, aber nicht der Wortlaut des Artikels: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: adapted from &quot;%2&quot;, which is not in the article</source>
        <translation>%1: angepasst aus &quot;%2&quot;, das nicht im Artikel steht</translation>
    </message>
    <message>
        <source>%1: marked &quot;adapted&quot; but it is the article&apos;s words verbatim</source>
        <translation>%1: als &quot;adapted&quot; markiert, ist aber wörtlich der Text des Artikels</translation>
    </message>
    <message>
        <source>%1: provenance for a text the content does not have</source>
        <translation>%1: Herkunft für einen Text, den der Inhalt nicht hat</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Lower-back relief</source>
        <translation>Entlastung für den unteren Rücken</translation>
    </message>
    <message>
        <source>Roll the muscles around the lower back, never the lumbar spine itself.</source>
        <translation>Rollen Sie die Muskeln rund um den unteren Rücken, niemals die Lendenwirbelsäule selbst.</translation>
    </message>
</context>
<context>
    <name>RoutineReader</name>
    <message>
        <source>file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a routine file</source>
        <translation>ist ein Ordner, keine Routinedatei</translation>
    </message>
    <message>
        <source>file is %1 bytes</source>
        <translation>die Datei ist %1 Bytes groß</translation>
    </message>
    <message>
        <source>a routine file of at most %1 bytes</source>
        <translation>eine Routinedatei von höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>a JSON routine object</source>
        <translation>ein JSON-Routineobjekt</translation>
    </message>
    <message>
        <source>invalid UTF-8 text on line %1</source>
        <translation>ungültiger UTF-8-Text in Zeile %1</translation>
    </message>
    <message>
        <source>a UTF-8 encoded file</source>
        <translation>eine UTF-8-kodierte Datei</translation>
    </message>
    <message>
        <source>control character inside a text at %1</source>
        <translation>Steuerzeichen in einem Text bei %1</translation>
    </message>
    <message>
        <source>\n, \t or \u escapes in JSON strings</source>
        <translation>\n-, \t- oder \u-Escapes in JSON-Zeichenketten</translation>
    </message>
    <message>
        <source>JSON is nested more than %1 levels deep at %2</source>
        <translation>das JSON ist bei %2 mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a routine object as documented in docs/routine-format.md</source>
        <translation>ein Routineobjekt wie in docs/routine-format.md beschrieben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Rollwise routine</source>
        <translation>„%1“ ist keine Rollwise-Routine</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>title is empty</source>
        <translation>der Titel ist leer</translation>
    </message>
    <message>
        <source>a name for the routine</source>
        <translation>ein Name für die Routine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>duplicate technique id &quot;%1&quot;</source>
        <translation>doppelte Technik-ID „%1“</translation>
    </message>
    <message>
        <source>a unique id</source>
        <translation>eine eindeutige ID</translation>
    </message>
    <message>
        <source>routine has no exercises</source>
        <translation>die Routine hat keine Übungen</translation>
    </message>
    <message>
        <source>at least one exercise</source>
        <translation>mindestens eine Übung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a side</source>
        <translation>„%1“ ist keine Seite</translation>
    </message>
    <message>
        <source>&quot;both&quot;, &quot;left&quot; or &quot;right&quot;</source>
        <translation>&quot;both&quot;, &quot;left&quot; oder &quot;right&quot;</translation>
    </message>
    <message>
        <source>both rollSeconds and passes are given</source>
        <translation>rollSeconds und passes sind beide angegeben</translation>
    </message>
    <message>
        <source>one of rollSeconds or passes</source>
        <translation>entweder rollSeconds oder passes</translation>
    </message>
    <message>
        <source>unknown technique &quot;%1&quot;</source>
        <translation>unbekannte Technik „%1“</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>technique &quot;%1&quot; has no variant &quot;%2&quot;</source>
        <translation>die Technik „%1“ hat keine Variante „%2“</translation>
    </message>
    <message>
        <source>no variant for this technique</source>
        <translation>keine Variante für diese Technik</translation>
    </message>
    <message>
        <source>technique &quot;%1&quot; works both sides at once, so it cannot be limited to the %2 side</source>
        <translation>die Technik „%1“ arbeitet beidseitig zugleich und kann daher nicht auf die Seite „%2“ beschränkt werden</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 bis %2 %3</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>a %1 s hold is outside the recommended range</source>
        <translation>eine Haltezeit von %1 s liegt außerhalb des empfohlenen Bereichs</translation>
    </message>
    <message>
        <source>%1-%2 seconds on a tender spot</source>
        <translation>%1-%2 Sekunden auf einer empfindlichen Stelle</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>has %1 items</source>
        <translation>hat %1 Einträge</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>the routine would be %1 bytes when saved</source>
        <translation>die Routine wäre gespeichert %1 Byte groß</translation>
    </message>
    <message>
        <source>custom technique %1 &quot;%2&quot;</source>
        <translation>eigene Technik %1 „%2“</translation>
    </message>
    <message>
        <source>custom technique %1 &quot;%2&quot; (used by exercise %3)</source>
        <translation>eigene Technik %1 „%2“ (verwendet von Übung %3)</translation>
    </message>
    <message>
        <source>custom technique %1 &quot;%2&quot; (used by exercises %3)</source>
        <translation>eigene Technik %1 „%2“ (verwendet von den Übungen %3)</translation>
    </message>
    <message>
        <source>no primary target muscle</source>
        <translation>kein Hauptzielmuskel</translation>
    </message>
    <message>
        <source>at least one of: %1</source>
        <translation>mindestens einen von: %1</translation>
    </message>
    <message>
        <source>unknown muscle region &quot;%1&quot;</source>
        <translation>unbekannte Muskelregion „%1“</translation>
    </message>
    <message>
        <source>a name that does not refer to the lumbar spine or the lower back; Rollwise never rolls it</source>
        <translation>einen Namen, der nicht die Lendenwirbelsäule oder den unteren Rücken bezeichnet; Rollwise rollt ihn nie</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; names the lower back</source>
        <translation>die ID „%1“ bezeichnet den unteren Rücken</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; names the lower back</source>
        <translation>der Name „%1“ bezeichnet den unteren Rücken</translation>
    </message>
    <message>
        <source>target &quot;%1&quot; is the lower back</source>
        <translation>das Ziel „%1“ ist der untere Rücken</translation>
    </message>
    <message>
        <source>muscles around the lower back, never the lumbar spine, its erector spinae or quadratus lumborum</source>
        <translation>Muskeln um den unteren Rücken, niemals die Lendenwirbelsäule, ihren Rückenstrecker (Erector spinae) oder den Quadratus lumborum</translation>
    </message>
    <message>
        <source>text that keeps the roller off the lower back</source>
        <translation>Text, der die Rolle vom unteren Rücken fernhält</translation>
    </message>
    <message>
        <source>tells the reader to roll the lower back: &quot;%1&quot;</source>
        <translation>fordert dazu auf, den unteren Rücken zu rollen: „%1“</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, the day the clinician cleared this routine</source>
        <translation>JJJJ-MM-TT, der Tag, an dem die Fachkraft diese Routine freigegeben hat</translation>
    </message>
    <message>
        <source>text is %1 characters long</source>
        <translation>der Text ist %1 Zeichen lang</translation>
    </message>
    <message>
        <source>at most %1 characters, as many as fit on the printed sheet</source>
        <translation>höchstens %1 Zeichen, so viele, wie auf das gedruckte Blatt passen</translation>
    </message>
    <message>
        <source>text contains a line break</source>
        <translation>der Text enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>one line of text</source>
        <translation>eine Textzeile</translation>
    </message>
    <message>
        <source>no clinician named</source>
        <translation>keine Fachkraft genannt</translation>
    </message>
    <message>
        <source>the name of the clinician who cleared this routine</source>
        <translation>den Namen der Fachkraft, die diese Routine freigegeben hat</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 liegt in der Zukunft</translation>
    </message>
    <message>
        <source>the day the clinician cleared this routine, today or earlier</source>
        <translation>den Tag, an dem die Fachkraft diese Routine freigegeben hat, heute oder früher</translation>
    </message>
    <message>
        <source>the clearance of %1 is more than a year old</source>
        <translation>die Freigabe vom %1 ist älter als ein Jahr</translation>
    </message>
    <message>
        <source>a clearance renewed by the clinician within the last year</source>
        <translation>eine innerhalb des letzten Jahres von der Fachkraft erneuerte Freigabe</translation>
    </message>
    <message>
        <source>the whole session takes %1 (h:mm:ss) when nobody presses anything</source>
        <translation>die ganze Einheit dauert %1 (h:mm:ss), wenn niemand etwas drückt</translation>
    </message>
    <message>
        <source>at most %1 for one session</source>
        <translation>höchstens %1 für eine Einheit</translation>
    </message>
    <message>
        <source>%1 to %2 seconds of rolling per side, as for rollSeconds</source>
        <translation>%1 bis %2 Sekunden Rollen pro Seite, wie bei rollSeconds</translation>
    </message>
    <message>
        <source>%1 passes of this %2 cm path take %3 s of rolling per side</source>
        <translation>%1 Durchgänge dieser %2 cm langen Bahn ergeben %3 s Rollen pro Seite</translation>
    </message>
    <message>
        <source>%1: %2 to %3 passes of this path</source>
        <translation>%1: %2 bis %3 Durchgänge dieser Bahn</translation>
    </message>
    <message>
        <source>%1: give rollSeconds for this path</source>
        <translation>%1: geben Sie für diese Bahn rollSeconds an</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, the day of the next review</source>
        <translation>JJJJ-MM-TT, der Tag der nächsten Kontrolle</translation>
    </message>
    <message>
        <source>sessions a week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>%1 sessions a week is outside the article&apos;s advice</source>
        <translation>%1 Einheiten pro Woche liegen außerhalb der Empfehlung des Artikels</translation>
    </message>
    <message>
        <source>%1-%2 sessions a week</source>
        <translation>%1-%2 Einheiten pro Woche</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
</context>
<context>
    <name>RoutineWriter</name>
    <message>
        <source>%1: the routine is too large to save (%2 bytes; a routine file holds at most %3)</source>
        <translation>%1: die Routine ist zu groß zum Speichern (%2 Bytes; eine Routinedatei fasst höchstens %3)</translation>
    </message>
    <message>
        <source>%1: not saved, the routine is unsafe: %2</source>
        <translation>%1: nicht gespeichert, die Routine ist unsicher: %2</translation>
    </message>
</context>
<context>
    <name>SafetyValidator</name>
    <message>
        <source>technique &quot;%1&quot;: the roller footprint (%2 side, %3 view)</source>
        <translation>Technik „%1“: die Auflagefläche der Rolle (Seite %2, Ansicht %3)</translation>
    </message>
    <message>
        <source>%1 touches the contraindicated zone &quot;%2&quot; (%3): %4</source>
        <translation>%1 berührt die verbotene Zone „%2“ (%3): %4</translation>
    </message>
    <message>
        <source>%1 comes %2 cm from the contraindicated zone &quot;%3&quot; (%4): %5</source>
        <translation>%1 kommt der verbotenen Zone „%3“ (%4) bis auf %2 cm nahe: %5</translation>
    </message>
    <message>
        <source>%1 leaves the body at (%2, %3)</source>
        <translation>%1 verlässt den Körper bei (%2, %3)</translation>
    </message>
    <message>
        <source>technique &quot;%1&quot;: only %2% of the roller path (%3 side, %4 view) lies over its primary targets</source>
        <translation>Technik „%1“: nur %2 % der Rollbahn (Seite %3, Ansicht %4) liegen über ihren Hauptzielen</translation>
    </message>
    <message>
        <source>a path whose footprint (%1 cm across, as long as the roller&apos;s contact patch) stays at least %2 cm clear of every contraindicated zone</source>
        <translation>eine Bahn, deren Auflagefläche (%1 cm breit, so lang wie die Kontaktfläche der Rolle) mindestens %2 cm Abstand zu jeder verbotenen Zone hält</translation>
    </message>
    <message>
        <source>a path whose whole footprint lies on the body in the %1 view</source>
        <translation>eine Bahn, deren ganze Auflagefläche in der Ansicht %1 auf dem Körper liegt</translation>
    </message>
    <message>
        <source>at least %1% of the path&apos;s length over the regions named in primaryTargets</source>
        <translation>mindestens %1 % der Bahnlänge über den in primaryTargets genannten Regionen</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>sign id &quot;%1&quot; is used twice</source>
        <translation>Kennung „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>ids unique across the red flags and every screening tier</source>
        <translation>Kennungen, die über die Warnzeichen und alle Stufen des Checks eindeutig sind</translation>
    </message>
    <message>
        <source>a tier has the wrong provenance</source>
        <translation>eine Stufe hat die falsche Herkunft</translation>
    </message>
    <message>
        <source>&quot;consult&quot; the article&apos;s words, &quot;urgent&quot;, &quot;clinicianFirst&quot; and &quot;repeatedStops&quot; Rollwise&apos;s</source>
        <translation>&quot;consult&quot; im Wortlaut des Artikels, &quot;urgent&quot;, &quot;clinicianFirst&quot; und &quot;repeatedStops&quot; von Rollwise</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Variation: %1. %2</source>
        <translation>Variante: %1. %2</translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation>Druck: %1</translation>
    </message>
    <message>
        <source>Your clinician: %1</source>
        <translation>Hinweis Ihrer Therapeutin/Ihres Therapeuten: %1</translation>
    </message>
    <message>
        <source>Week %1: ____</source>
        <translation>Woche %1: ____</translation>
    </message>
    <message>
        <source>Written by your clinician, not from the article.</source>
        <translation>Von Ihrer behandelnden Fachkraft geschrieben, nicht aus dem Artikel.</translation>
    </message>
</context>
<context>
    <name>SheetFigures</name>
    <message>
        <source>DO NOT ROLL</source>
        <translation>NICHT ROLLEN</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Never roll the lumbar spine (lower back). It is marked red and hatched, &quot;DO NOT ROLL&quot;, on every picture.</source>
        <translation>Rollen Sie niemals die Lendenwirbelsäule (unteren Rücken). Sie ist auf jedem Bild rot schraffiert und mit „NICHT ROLLEN“ markiert.</translation>
    </message>
    <message>
        <source>Best practices</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>When to consult a professional</source>
        <translation>Wann Sie fachlichen Rat suchen sollten</translation>
    </message>
    <message>
        <source>Rollwise · %1</source>
        <translation>Rollwise · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Stop immediately with any of: %1.</source>
        <translation>Sofort aufhören bei: %1.</translation>
    </message>
    <message>
        <source>%1: not exported, the routine is unsafe: %2</source>
        <translation>%1: nicht exportiert, die Routine ist unsicher: %2</translation>
    </message>
    <message>
        <source>Cleared for this routine by %1 on %2 (Rollwise&apos;s own note, not from the article).</source>
        <translation>Für diese Routine freigegeben von %1 am %2 (Hinweis von Rollwise, nicht aus dem Artikel).</translation>
    </message>
    <message>
        <source>exercise %1 (%2) has more text than fits on one page of the sheet</source>
        <translation>Übung %1 (%2) hat mehr Text, als auf eine Seite des Blatts passt</translation>
    </message>
    <message>
        <source>the routine&apos;s title, names and notes are more text than fits on one page of the sheet</source>
        <translation>Titel, Namen und Notizen der Routine sind mehr Text, als auf eine Seite des Blatts passt</translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation>%1: nicht exportiert: %2</translation>
    </message>
    <message>
        <source>%1 (Rollwise guidance, not from the article)</source>
        <translation>%1 (Hinweis von Rollwise, nicht aus dem Artikel)</translation>
    </message>
    <message>
        <source>Why these muscles, never the lower back</source>
        <translation>Warum diese Muskeln, nie der untere Rücken</translation>
    </message>
    <message numerus="yes">
        <source>the routine&apos;s %n exercise(s) do not fit on the one-page card: print the full sheet</source>
        <translation>
            <numerusform>die %n Übung der Routine passt nicht auf die Karte mit einer Seite: drucken Sie das ganze Blatt</numerusform>
            <numerusform>die %n Übungen der Routine passen nicht auf die Karte mit einer Seite: drucken Sie das ganze Blatt</numerusform>
        </translation>
    </message>
    <message>
        <source>How often: %1. %2</source>
        <translation>Wie oft: %1. %2</translation>
    </message>
    <message>
        <source>Session log: tick a box each time (aim for %1)</source>
        <translation>Protokoll: ein Kreuz je Einheit (Ziel: %1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>the clinic&apos;s logo: %1</source>
        <translation>das Logo der Praxis: %1</translation>
    </message>
    <message>
        <source>Key to the pictures: red hatching, the lumbar spine (never roll); amber cross-hatching, nerves and vessels (keep clear); brown, bony areas (roll beside them).</source>
        <translation>Zeichen auf den Bildern: rot schraffiert die Lendenwirbelsäule (niemals rollen); gelb-orange kreuzschraffiert Nerven und Gefäße (frei lassen); braun knöcherne Stellen (daneben rollen).</translation>
    </message>
    <message>
        <source>How fast: roll about %1 cm (%2 in) per second, in every exercise.</source>
        <translation>Wie schnell: Rollen Sie etwa %L1 cm (%2 Zoll) pro Sekunde, bei jeder Übung.</translation>
    </message>
</context>
<context>
    <name>SheetTextLimits</name>
    <message>
        <source>%1 characters, at most %2 fit on the sheet</source>
        <translation>%1 Zeichen, höchstens %2 passen auf das Blatt</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>unknown technique &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Technik „%1“ (erwartet: eines von %2)</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (expected posterior, anterior, lateral or pose)</source>
        <translation>unbekannte Ansicht „%1“ (erwartet: posterior, anterior, lateral oder pose)</translation>
    </message>
    <message>
        <source>size %1x%2 is out of range (expected 16x16 to 8000x8000)</source>
        <translation>die Größe %1x%2 liegt außerhalb des zulässigen Bereichs (erwartet: 16x16 bis 8000x8000)</translation>
    </message>
    <message>
        <source>--at %1 is out of range (expected seconds from 0)</source>
        <translation>--at %1 liegt außerhalb des zulässigen Bereichs (erwartet: Sekunden ab 0)</translation>
    </message>
    <message>
        <source>drawing %1 is missing</source>
        <translation>die Zeichnung %1 fehlt</translation>
    </message>
</context>
<context>
    <name>TechniqueHtml</name>
    <message>
        <source>&lt;p&gt;Unknown technique &quot;%1&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Unbekannte Technik „%1“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dosage:</source>
        <translation>Dosierung:</translation>
    </message>
    <message>
        <source>Starting position:</source>
        <translation>Ausgangsposition:</translation>
    </message>
    <message>
        <source>Roller:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Pressure:</source>
        <translation>Druck:</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Clinician&apos;s notes:</source>
        <translation>Hinweise der Therapeutin/des Therapeuten:</translation>
    </message>
    <message>
        <source>Written by your clinician, not from the article.</source>
        <translation>Von Ihrer behandelnden Fachkraft geschrieben, nicht aus dem Artikel.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>after the session</source>
        <translation>nach der Einheit</translation>
    </message>
    <message>
        <source>before the session</source>
        <translation>vor der Einheit</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Datum der Einheit</translation>
    </message>
    <message>
        <source>Tenderness by muscle group</source>
        <translation>Empfindlichkeit nach Muskelgruppe</translation>
    </message>
    <message>
        <source>0 = not tender, 10 = as tender as it gets; rated at the end of a session.</source>
        <translation>0 = nicht empfindlich, 10 = so empfindlich wie nur möglich; bewertet am Ende einer Einheit.</translation>
    </message>
    <message>
        <source>No tenderness ratings in these weeks yet. After a session Rollwise asks how tender each muscle group felt; your answers appear here.</source>
        <translation>In diesen Wochen gibt es noch keine Bewertungen. Nach einer Einheit fragt Rollwise, wie empfindlich sich jede Muskelgruppe angefühlt hat; Ihre Antworten erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>VoiceCommandSet</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a readable voice commands file</source>
        <translation>eine lesbare Sprachbefehlsdatei</translation>
    </message>
    <message>
        <source>file is larger than %1 KB</source>
        <translation>die Datei ist größer als %1 KB</translation>
    </message>
    <message>
        <source>a voice commands file of at most %1 KB</source>
        <translation>eine Sprachbefehlsdatei von höchstens %1 KB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Rollwise voice commands file</source>
        <translation>„%1“ ist keine Rollwise-Sprachbefehlsdatei</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>command &quot;%1&quot; appears twice (first at %2)</source>
        <translation>der Befehl „%1“ kommt zweimal vor (zuerst bei %2)</translation>
    </message>
    <message>
        <source>each command once</source>
        <translation>jeden Befehl einmal</translation>
    </message>
    <message>
        <source>has no phrases</source>
        <translation>hat keine Wendungen</translation>
    </message>
    <message>
        <source>at least one phrase that says this command</source>
        <translation>mindestens eine Wendung, die diesen Befehl ausdrückt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters other than lowercase letters, spaces and apostrophes</source>
        <translation>„%1“ enthält andere Zeichen als Kleinbuchstaben, Leerzeichen und Apostrophe</translation>
    </message>
    <message>
        <source>lowercase English words such as &quot;sharp pain&quot;</source>
        <translation>englische Wörter in Kleinbuchstaben wie „sharp pain“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 words</source>
        <translation>„%1“ hat %2 Wörter</translation>
    </message>
    <message>
        <source>1 to %1 words</source>
        <translation>1 bis %1 Wörter</translation>
    </message>
    <message>
        <source>phrase &quot;%1&quot; is already used at %2</source>
        <translation>die Wendung „%1“ wird schon bei %2 verwendet</translation>
    </message>
    <message>
        <source>each phrase in one command only</source>
        <translation>jede Wendung nur in einem Befehl</translation>
    </message>
    <message>
        <source>command &quot;%1&quot; is missing</source>
        <translation>der Befehl „%1“ fehlt</translation>
    </message>
    <message>
        <source>every command: %1</source>
        <translation>jeden Befehl: %1</translation>
    </message>
</context>
<context>
    <name>WavInfo</name>
    <message numerus="yes">
        <source>Not a WAV file: only %n byte(s), too short for a RIFF header.</source>
        <translation>
            <numerusform>Keine WAV-Datei: nur %n Byte, zu kurz für einen RIFF-Header.</numerusform>
            <numerusform>Keine WAV-Datei: nur %n Bytes, zu kurz für einen RIFF-Header.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a WAV file: the RIFF/WAVE signature is missing.</source>
        <translation>Keine WAV-Datei: die RIFF/WAVE-Signatur fehlt.</translation>
    </message>
    <message>
        <source>Truncated WAV file: the format chunk is incomplete.</source>
        <translation>Abgeschnittene WAV-Datei: der Format-Chunk ist unvollständig.</translation>
    </message>
    <message>
        <source>Invalid WAV file: zero channels, sample rate or sample size.</source>
        <translation>Ungültige WAV-Datei: Kanalzahl, Abtastrate oder Samplegröße ist null.</translation>
    </message>
    <message>
        <source>Invalid WAV file: sample data comes before the format chunk.</source>
        <translation>Ungültige WAV-Datei: die Sampledaten stehen vor dem Format-Chunk.</translation>
    </message>
    <message>
        <source>Truncated WAV file: the data chunk declares %1 bytes but only %2 are present.</source>
        <translation>Abgeschnittene WAV-Datei: der Daten-Chunk gibt %1 Bytes an, vorhanden sind aber nur %2.</translation>
    </message>
    <message>
        <source>Truncated WAV file: no data chunk.</source>
        <translation>Abgeschnittene WAV-Datei: kein Daten-Chunk.</translation>
    </message>
    <message>
        <source>Truncated WAV file: no format chunk.</source>
        <translation>Abgeschnittene WAV-Datei: kein Format-Chunk.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a cue sound (%2 bytes).</source>
        <translation>%1 ist zu groß für einen Signalton (%2 Bytes).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WavReader</name>
    <message>
        <source>convert with: sox IN -r 16000 -c 1 -b 16 OUT.wav</source>
        <translation>umwandeln mit: sox EIN -r 16000 -c 1 -b 16 AUS.wav</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a WAV file (no RIFF/WAVE header); expected 16 kHz mono 16-bit PCM (%1)</source>
        <translation>keine WAV-Datei (kein RIFF/WAVE-Kopf); erwartet wird 16 kHz mono 16-Bit-PCM (%1)</translation>
    </message>
    <message>
        <source>no audio data (no &quot;data&quot; chunk)</source>
        <translation>keine Audiodaten (kein „data“-Block)</translation>
    </message>
    <message>
        <source>no &quot;fmt &quot; chunk; the file is truncated or not a WAV file</source>
        <translation>kein „fmt “-Block; die Datei ist abgeschnitten oder keine WAV-Datei</translation>
    </message>
    <message>
        <source>truncated chunk header at byte %1</source>
        <translation>abgeschnittener Blockkopf bei Byte %1</translation>
    </message>
    <message>
        <source>&quot;fmt &quot; chunk of %1 bytes; expected 16 to 64</source>
        <translation>„fmt “-Block mit %1 Bytes; erwartet werden 16 bis 64</translation>
    </message>
    <message>
        <source>truncated: the &quot;fmt &quot; chunk runs past the end of the file</source>
        <translation>abgeschnitten: der „fmt “-Block reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <source>%1 Hz %2 %3-bit PCM</source>
        <translation>%1 Hz %2 %3-Bit-PCM</translation>
    </message>
    <message>
        <source>%1 Hz %2 %3-bit floating point</source>
        <translation>%1 Hz %2 %3-Bit-Gleitkomma</translation>
    </message>
    <message>
        <source>%1 Hz %2, encoding %3 (compressed)</source>
        <translation>%1 Hz %2, Kodierung %3 (komprimiert)</translation>
    </message>
    <message>
        <source>%1; expected 16 kHz mono 16-bit PCM (%2)</source>
        <translation>%1; erwartet wird 16 kHz mono 16-Bit-PCM (%2)</translation>
    </message>
    <message>
        <source>the &quot;data&quot; chunk comes before the &quot;fmt &quot; chunk</source>
        <translation>der „data“-Block steht vor dem „fmt “-Block</translation>
    </message>
    <message>
        <source>truncated: the header promises %1 bytes of audio but the file holds %2</source>
        <translation>abgeschnitten: der Kopf verspricht %1 Bytes Audio, die Datei enthält aber %2</translation>
    </message>
    <message>
        <source>the audio data has an odd number of bytes (%1) for 16-bit samples</source>
        <translation>die Audiodaten haben eine ungerade Anzahl Bytes (%1) für 16-Bit-Samples</translation>
    </message>
    <message>
        <source>truncated: chunk &quot;%1&quot; runs past the end of the file</source>
        <translation>abgeschnitten: der Block „%1“ reicht über das Dateiende hinaus</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>The advice is %1–%2 sessions a week: regular rolling works better than occasional long sessions.</source>
        <translation>Empfohlen sind %1–%2 Einheiten pro Woche: Regelmäßiges Rollen wirkt besser als gelegentliche lange Einheiten.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>weniger</translation>
    </message>
    <message>
        <source>this week so far</source>
        <translation>diese Woche bisher</translation>
    </message>
    <message>
        <source>target %1–%2</source>
        <translation>Ziel %1–%2</translation>
    </message>
    <message>
        <source>Week starting (Monday)</source>
        <translation>Wochenbeginn (Montag)</translation>
    </message>
</context>
<context>
    <name>rollwise::AnatomyView</name>
    <message>
        <source>Body diagram</source>
        <translation>Körperdiagramm</translation>
    </message>
    <message>
        <source>Target muscles are highlighted; the lumbar spine is hatched red: do not roll.</source>
        <translation>Die Zielmuskeln sind hervorgehoben; die Lendenwirbelsäule ist rot schraffiert: nicht rollen.</translation>
    </message>
</context>
<context>
    <name>rollwise::CautionsBox</name>
    <message>
        <source>Cautions for this technique</source>
        <translation>Vorsichtshinweise zu dieser Technik</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>No cautions are listed for this technique.</source>
        <translation>Für diese Technik sind keine Vorsichtshinweise angegeben.</translation>
    </message>
</context>
<context>
    <name>rollwise::ClinicDialog</name>
    <message>
        <source>Clinic Details</source>
        <translation>Angaben zur Praxis</translation>
    </message>
    <message>
        <source>Printed at the top of every page of the sheet and the card, for routines whose file names no clinic of its own.</source>
        <translation>Wird oben auf jede Seite des Übungsblatts und der Karte gedruckt, für Routinen, deren Datei keine eigene Praxis nennt.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Adresse der Praxis</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefon der Praxis</translation>
    </message>
    <message>
        <source>Clinic logo file</source>
        <translation>Logodatei der Praxis</translation>
    </message>
    <message>
        <source>A PNG or SVG file of at most 1 MB</source>
        <translation>Eine PNG- oder SVG-Datei von höchstens 1 MB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Das Logo der Praxis wählen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
</context>
<context>
    <name>rollwise::CustomTechniqueDialog</name>
    <message>
        <source>New Custom Technique</source>
        <translation>Neue eigene Technik</translation>
    </message>
    <message>
        <source>Edit Custom Technique</source>
        <translation>Eigene Technik bearbeiten</translation>
    </message>
    <message>
        <source>Technique name</source>
        <translation>Name der Technik</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Technique id, used in the routine file</source>
        <translation>Technik-ID, wird in der Routinedatei verwendet</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <source>Muscle group</source>
        <translation>Muskelgruppe</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Muscle &amp;group</source>
        <translation>Muskel&amp;gruppe</translation>
    </message>
    <message>
        <source>Target muscles</source>
        <translation>Zielmuskeln</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Zielmuskeln</translation>
    </message>
    <message>
        <source>One side at a time (right, then left)</source>
        <translation>Eine Seite nach der anderen (erst rechts, dann links)</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <source>&amp;Starting position</source>
        <translation>&amp;Ausgangsposition</translation>
    </message>
    <message>
        <source>Roller placement</source>
        <translation>Lage der Rolle</translation>
    </message>
    <message>
        <source>&amp;Roller placement</source>
        <translation>&amp;Lage der Rolle</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Schritte, einer pro Zeile</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>St&amp;eps</source>
        <translation>Sch&amp;ritte</translation>
    </message>
    <message>
        <source>After this, draw where the roller travels on the body diagram.</source>
        <translation>Zeichnen Sie danach im Körperdiagramm ein, wo die Rolle entlangläuft.</translation>
    </message>
</context>
<context>
    <name>rollwise::DiagnosticsPanel</name>
    <message>
        <source>Problems found in the routine</source>
        <translation>In der Routine gefundene Probleme</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>No problems found: the routine is safe to save.</source>
        <translation>Keine Probleme gefunden: Die Routine kann sicher gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>rollwise::ExerciseForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>&amp;Sides</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <source>Measure rolling by</source>
        <translation>Rollen bemessen nach</translation>
    </message>
    <message>
        <source>Time per side</source>
        <translation>Zeit pro Seite</translation>
    </message>
    <message>
        <source>Passes over the path</source>
        <translation>Durchgängen über den Rollweg</translation>
    </message>
    <message>
        <source>Roll &amp;by</source>
        <translation>Rollen &amp;nach</translation>
    </message>
    <message>
        <source>&amp;Rolling</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>Hold on a tender spot, seconds</source>
        <translation>Halten auf einer empfindlichen Stelle, Sekunden</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>Rest after this exercise, seconds</source>
        <translation>Pause nach dieser Übung, Sekunden</translation>
    </message>
    <message>
        <source>R&amp;est after</source>
        <translation>&amp;Pause danach</translation>
    </message>
    <message>
        <source>Get-ready and switch-side time, seconds</source>
        <translation>Zeit zum Vorbereiten und Seitenwechsel, Sekunden</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>Vor&amp;bereitung</translation>
    </message>
    <message>
        <source>Notes for the patient</source>
        <translation>Hinweise für den Patienten</translation>
    </message>
    <message>
        <source>Shown with the technique, e.g. “Start with light pressure.”</source>
        <translation>Wird mit der Technik angezeigt, z. B. „Mit leichtem Druck beginnen.“</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Hinweis&amp;e</translation>
    </message>
    <message>
        <source>What the patient sees</source>
        <translation>Was der Patient sieht</translation>
    </message>
    <message>
        <source>Exercise as the patient sees it</source>
        <translation>Übung, wie der Patient sie sieht</translation>
    </message>
    <message>
        <source>No exercise selected</source>
        <translation>Keine Übung ausgewählt</translation>
    </message>
    <message>
        <source>Select an exercise in the routine, or add one from the technique library.</source>
        <translation>Wählen Sie eine Übung der Routine aus oder fügen Sie eine aus der Technikbibliothek hinzu.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Custom technique</source>
        <translation>Eigene Technik</translation>
    </message>
    <message>
        <source>Built-in technique</source>
        <translation>Mitgelieferte Technik</translation>
    </message>
    <message>
        <source> · targets: %1</source>
        <translation> · Zielmuskeln: %1</translation>
    </message>
    <message>
        <source>This technique works both sides at once.</source>
        <translation>Diese Technik arbeitet beidseitig zugleich.</translation>
    </message>
    <message>
        <source>Basic form</source>
        <translation>Grundform</translation>
    </message>
    <message>
        <source>&amp;Passes per side</source>
        <translation>&amp;Durchgänge pro Seite</translation>
    </message>
    <message>
        <source>&amp;Roll per side</source>
        <translation>&amp;Rollen pro Seite</translation>
    </message>
    <message>
        <source> passes</source>
        <translation> Durchgänge</translation>
    </message>
    <message>
        <source>Passes per side</source>
        <translation>Durchgänge pro Seite</translation>
    </message>
    <message>
        <source>Rolling time per side, seconds</source>
        <translation>Rollzeit pro Seite, Sekunden</translation>
    </message>
    <message>
        <source>No rest follows the last exercise: the session ends there.</source>
        <translation>Nach der letzten Übung folgt keine Pause: Dort endet die Einheit.</translation>
    </message>
    <message>
        <source>Sets, 0 for the routine&apos;s</source>
        <translation>Sätze, 0 für den Wert der Routine</translation>
    </message>
    <message>
        <source>Se&amp;ts</source>
        <translation>Sä&amp;tze</translation>
    </message>
    <message>
        <source>Sessions a week for this exercise, 0 for the routine&apos;s</source>
        <translation>Einheiten pro Woche für diese Übung, 0 für den Wert der Routine</translation>
    </message>
    <message>
        <source>Times a &amp;week</source>
        <translation>Mal pro &amp;Woche</translation>
    </message>
    <message>
        <source>As the routine (%1)</source>
        <translation>Wie die Routine (%1)</translation>
    </message>
    <message>
        <source>As the routine</source>
        <translation>Wie die Routine</translation>
    </message>
</context>
<context>
    <name>rollwise::ExerciseListModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>  (custom)</source>
        <translation>  (eigene)</translation>
    </message>
    <message>
        <source>Exercise %1: %2, %3</source>
        <translation>Übung %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>rollwise::LearnView</name>
    <message>
        <source>Learn — Rollwise</source>
        <translation>Wissen — Rollwise</translation>
    </message>
    <message>
        <source>Learn topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Choose a topic with the arrow keys; its text and diagram are shown beside.</source>
        <translation>Wählen Sie ein Thema mit den Pfeiltasten; Text und Abbildung erscheinen daneben.</translation>
    </message>
    <message>
        <source>Topic text</source>
        <translation>Text zum Thema</translation>
    </message>
    <message>
        <source>Body diagram for this topic</source>
        <translation>Körperabbildung zum Thema</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print this topic with its diagram (%1)</source>
        <translation>Dieses Thema mit seinem Bild drucken (%1)</translation>
    </message>
</context>
<context>
    <name>rollwise::MainWindow</name>
    <message>
        <source>Exercises in this routine</source>
        <translation>Übungen dieser Routine</translation>
    </message>
    <message>
        <source>Technique steps</source>
        <translation>Schritte der Technik</translation>
    </message>
    <message>
        <source>Position on the roller</source>
        <translation>Position auf der Rolle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Routine…</source>
        <translation>Routine ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Edit Routine…</source>
        <translation>Routine &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Export Routine File…</source>
        <translation>Routinedatei e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Print Routine Sheet…</source>
        <translation>Übungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Export Routine Sheet as P&amp;DF…</source>
        <translation>Übungsblatt als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Routine</source>
        <translation>&amp;Mitgelieferte Routine verwenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Safety Check…</source>
        <translation>&amp;Sicherheitscheck…</translation>
    </message>
    <message>
        <source>Sound and &amp;Cues…</source>
        <translation>Ton und &amp;Signale…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Fortschritt…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Questions and Answers</source>
        <translation>&amp;Fragen und Antworten</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>&amp;About Rollwise</source>
        <translation>Ü&amp;ber Rollwise</translation>
    </message>
    <message>
        <source>About Rollwise</source>
        <translation>Über Rollwise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rollwise %1&lt;/h3&gt;&lt;p&gt;Foam rolling for lower-back relief: roll the muscles around the lower back, never the lumbar spine.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rollwise %1&lt;/h3&gt;&lt;p&gt;Faszienrollen zur Entlastung des unteren Rückens: Rollen Sie die Muskeln rund um den unteren Rücken, niemals die Lendenwirbelsäule.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Rollwise</source>
        <translation>%1 — Rollwise</translation>
    </message>
    <message>
        <source>No audio output found: cues are shown as screen flashes.</source>
        <translation>Keine Audioausgabe gefunden: Signale werden durch Aufblinken des Bildschirms angezeigt.</translation>
    </message>
    <message>
        <source>Open Routine</source>
        <translation>Routine öffnen</translation>
    </message>
    <message>
        <source>Rollwise routines (*.json)</source>
        <translation>Rollwise-Routinen (*.json)</translation>
    </message>
    <message>
        <source>Cannot open routine</source>
        <translation>Routine kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export Routine Sheet</source>
        <translation>Übungsblatt exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the sheet</source>
        <translation>Das Übungsblatt kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export Routine File</source>
        <translation>Routinedatei exportieren</translation>
    </message>
    <message>
        <source>Cannot save routine</source>
        <translation>Routine kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>This routine was not loaded because it is unsafe:
%1</source>
        <translation>Diese Routine wurde nicht geladen, weil sie unsicher ist:
%1</translation>
    </message>
    <message>
        <source>Before your first session, please answer these questions.</source>
        <translation>Bitte beantworten Sie vor Ihrer ersten Sitzung diese Fragen.</translation>
    </message>
    <message>
        <source>It is more than %1 days since you last answered these questions.</source>
        <translation>Sie haben diese Fragen vor mehr als %1 Tagen zuletzt beantwortet.</translation>
    </message>
    <message>
        <source>A session was stopped for safety since you last answered these questions. Please answer them again before you roll.</source>
        <translation>Seit Sie diese Fragen zuletzt beantwortet haben, wurde eine Sitzung aus Sicherheitsgründen abgebrochen. Bitte beantworten Sie sie erneut, bevor Sie rollen.</translation>
    </message>
    <message>
        <source>Last time a warning sign or condition stopped the session. Please answer the questions again.</source>
        <translation>Beim letzten Mal hat ein Warnzeichen oder eine Erkrankung die Sitzung verhindert. Bitte beantworten Sie die Fragen erneut.</translation>
    </message>
    <message>
        <source>A professional&apos;s clearance that you confirm covers one session. Please answer the questions again.</source>
        <translation>Eine von Ihnen bestätigte Freigabe durch eine Fachkraft gilt für eine Sitzung. Bitte beantworten Sie die Fragen erneut.</translation>
    </message>
    <message>
        <source>The clinician&apos;s clearance that allowed your last session is not in this routine. Please answer the questions again.</source>
        <translation>Die Freigabe Ihrer behandelnden Fachkraft, die Ihre letzte Sitzung erlaubt hat, ist nicht in dieser Routine enthalten. Bitte beantworten Sie die Fragen erneut.</translation>
    </message>
    <message>
        <source>%1

Today you answered yes to a sign that needs a doctor. %2

(Rollwise guidance)</source>
        <translation>%1

Sie haben heute ein Zeichen bejaht, das ärztlich abgeklärt werden muss. %2

(Hinweis von Rollwise)</translation>
    </message>
    <message>
        <source>&amp;Learn…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <source>All &amp;Steps of This Exercise…</source>
        <translation>Alle &amp;Schritte dieser Übung…</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Heard “%1”: %2</source>
        <translation>Gehört: „%1“: %2</translation>
    </message>
    <message>
        <source>Heard “%1” (%2): nothing to do now</source>
        <translation>Gehört: „%1“ (%2): gerade nichts zu tun</translation>
    </message>
    <message>
        <source>Voice commands on: say “%1” to hold a tender spot, “%2” to stop for pain (Session → Sound and Cues lists every phrase).</source>
        <translation>Sprachbefehle an: sagen Sie „%1“, um auf einer empfindlichen Stelle zu halten, „%2“, um bei Schmerzen zu stoppen (Einheit → Ton und Signale listet jede Wendung; die Befehle sind englisch).</translation>
    </message>
    <message>
        <source>The speech engine is loading…</source>
        <translation>Die Sprachausgabe wird geladen …</translation>
    </message>
    <message>
        <source>Speaking with %1.</source>
        <translation>Gesprochen mit %1.</translation>
    </message>
    <message>
        <source>Speaking with the speech engine.</source>
        <translation>Gesprochen mit der Sprachausgabe.</translation>
    </message>
    <message>
        <source>No speech engine for this language (%1): the recorded prompts are spoken, and steps are not read aloud. Install qt6-speech-flite-plugin (English) or qt6-speech-speechd-plugin with speech-dispatcher (English and German).</source>
        <translation>Keine Sprachausgabe für diese Sprache (%1): Es werden die aufgenommenen Ansagen abgespielt, die Schritte werden nicht vorgelesen. Installieren Sie qt6-speech-flite-plugin (Englisch) oder qt6-speech-speechd-plugin mit speech-dispatcher (Englisch und Deutsch).</translation>
    </message>
    <message>
        <source>The speech engine is loaded when spoken prompts with the engine are switched on.</source>
        <translation>Die Sprachausgabe wird geladen, sobald gesprochene Ansagen mit der Sprachausgabe eingeschaltet sind.</translation>
    </message>
    <message>
        <source>No speech engine: the recorded prompts are spoken.</source>
        <translation>Keine Sprachausgabe: Es werden die aufgenommenen Ansagen abgespielt.</translation>
    </message>
</context>
<context>
    <name>rollwise::Microphone</name>
    <message>
        <source>No microphone was found. Voice commands are off; the keys still work.</source>
        <translation>Es wurde kein Mikrofon gefunden. Sprachbefehle sind aus; die Tasten funktionieren weiter.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; offers no format Rollwise can listen to. Voice commands are off; the keys still work.</source>
        <translation>Das Mikrofon „%1“ bietet kein Format, das Rollwise hören kann. Sprachbefehle sind aus; die Tasten funktionieren weiter.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; could not be opened (it may be in use or access was denied). Voice commands are off; the keys still work.</source>
        <translation>Das Mikrofon „%1“ konnte nicht geöffnet werden (es ist vielleicht belegt, oder der Zugriff wurde verweigert). Sprachbefehle sind aus; die Tasten funktionieren weiter.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; stopped working. Voice commands are off; the keys still work.</source>
        <translation>Das Mikrofon „%1“ funktioniert nicht mehr. Sprachbefehle sind aus; die Tasten funktionieren weiter.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; was disconnected. Voice commands are off; the keys still work.</source>
        <translation>Das Mikrofon „%1“ wurde getrennt. Sprachbefehle sind aus; die Tasten funktionieren weiter.</translation>
    </message>
</context>
<context>
    <name>rollwise::PathCanvas</name>
    <message>
        <source>Roller path drawing</source>
        <translation>Zeichnung des Rollwegs</translation>
    </message>
    <message>
        <source>Click to add a point of the roller path. Arrow keys move the selected point, Page Up and Page Down select another, Insert adds one, Delete removes it.</source>
        <translation>Klicken Sie, um einen Punkt des Rollwegs hinzuzufügen. Die Pfeiltasten verschieben den ausgewählten Punkt, Bild auf und Bild ab wählen einen anderen, Einfg fügt einen hinzu, Entf entfernt ihn.</translation>
    </message>
    <message>
        <source>✖ Refused: less than %1 cm from %2</source>
        <translation>✖ Abgelehnt: weniger als %1 cm von %2</translation>
    </message>
</context>
<context>
    <name>rollwise::PathEditor</name>
    <message>
        <source>back</source>
        <translation>hinten</translation>
    </message>
    <message>
        <source>front</source>
        <translation>vorne</translation>
    </message>
    <message>
        <source>side</source>
        <translation>seitlich</translation>
    </message>
    <message>
        <source>Roller path</source>
        <translation>Rollweg</translation>
    </message>
    <message>
        <source>&amp;Add Path</source>
        <translation>Rollweg &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Path</source>
        <translation>Rollweg entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Body view</source>
        <translation>Körperansicht</translation>
    </message>
    <message>
        <source>Back (posterior)</source>
        <translation>Hinten (posterior)</translation>
    </message>
    <message>
        <source>Front (anterior)</source>
        <translation>Vorne (anterior)</translation>
    </message>
    <message>
        <source>Side (lateral)</source>
        <translation>Seitlich (lateral)</translation>
    </message>
    <message>
        <source>Side of the body</source>
        <translation>Körperseite</translation>
    </message>
    <message>
        <source>Right, mirrored for the left</source>
        <translation>Rechts, für links gespiegelt</translation>
    </message>
    <message>
        <source>Centre, both sides at once</source>
        <translation>Mitte, beide Seiten zugleich</translation>
    </message>
    <message>
        <source>Roller band width, centimetres</source>
        <translation>Breite des Rollenbands, Zentimeter</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>Roll&amp;weg</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Si&amp;de</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>Roller &amp;width</source>
        <translation>&amp;Breite der Rolle</translation>
    </message>
    <message>
        <source>De&amp;lete Point</source>
        <translation>Punkt &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Clear Path</source>
        <translation>Rollweg &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Revert Drawing</source>
        <translation>Zeichnung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Throw away the drawing and show the path the routine holds now.</source>
        <translation>Die Zeichnung verwerfen und den Rollweg zeigen, den die Routine derzeit enthält.</translation>
    </message>
    <message>
        <source>Roller path — %1</source>
        <translation>Rollweg — %1</translation>
    </message>
    <message>
        <source>Path %1 (%2, %3)</source>
        <translation>Rollweg %1 (%2, %3)</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>right + mirror</source>
        <translation>rechts + gespiegelt</translation>
    </message>
    <message>
        <source>Select a technique in the library to see its roller path.</source>
        <translation>Wählen Sie eine Technik in der Bibliothek aus, um ihren Rollweg zu sehen.</translation>
    </message>
    <message>
        <source>Built-in technique: its roller path is fixed. Create a custom technique to draw your own.</source>
        <translation>Mitgelieferte Technik: Ihr Rollweg ist fest vorgegeben. Legen Sie eine eigene Technik an, um einen eigenen zu zeichnen.</translation>
    </message>
    <message>
        <source>✖ Refused: the roller band touches %1. This path was not applied to the routine: move or delete the points in the zone, or revert the drawing.</source>
        <translation>✖ Abgelehnt: Das Rollenband berührt %1. Dieser Rollweg wurde nicht in die Routine übernommen: Verschieben oder löschen Sie die Punkte in der Zone oder verwerfen Sie die Zeichnung.</translation>
    </message>
    <message>
        <source>Click on the body to add points where the roller travels (at least two, 1 cm apart).</source>
        <translation>Klicken Sie auf den Körper, um Punkte hinzuzufügen, über die die Rolle läuft (mindestens zwei, 1 cm voneinander entfernt).</translation>
    </message>
    <message>
        <source>✔ Clear of every contraindicated zone (nearest: %1, %2 cm away).</source>
        <translation>✔ Abstand zu jeder kontraindizierten Zone (nächste: %1, %L2 cm entfernt).</translation>
    </message>
    <message>
        <source>Edit roller path of %1</source>
        <translation>Rollweg von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>rollwise::PrescriptionForm</name>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Clinic, printed at the top of every sheet page</source>
        <translation>Praxis, oben auf jeder Seite des Übungsblatts gedruckt</translation>
    </message>
    <message>
        <source>Sessions a &amp;week</source>
        <translation>Einheiten pro &amp;Woche</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Not set (the article: %1-%2)</source>
        <translation>Nicht gesetzt (der Artikel: %1-%2)</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation>&amp;Sätze</translation>
    </message>
    <message>
        <source>Sets of every exercise</source>
        <translation>Sätze jeder Übung</translation>
    </message>
    <message>
        <source>Not set (one)</source>
        <translation>Nicht gesetzt (einer)</translation>
    </message>
    <message>
        <source>Default &amp;hold</source>
        <translation>Standard-&amp;Haltezeit</translation>
    </message>
    <message>
        <source>Default hold on a tender spot, seconds</source>
        <translation>Standard-Haltezeit auf einer empfindlichen Stelle, Sekunden</translation>
    </message>
    <message>
        <source>Not set (%1 s)</source>
        <translation>Nicht gesetzt (%1 s)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default &amp;rolling</source>
        <translation>Standard-&amp;Rollzeit</translation>
    </message>
    <message>
        <source>Default rolling time per side, seconds</source>
        <translation>Standard-Rollzeit pro Seite, Sekunden</translation>
    </message>
    <message>
        <source>The default hold and rolling apply to exercises added from now on and to exercises in a routine file that give none.</source>
        <translation>Die Standard-Halte- und Rollzeit gelten für Übungen, die ab jetzt hinzugefügt werden, und für Übungen einer Routinedatei, die keine eigene angeben.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Kontrolle</translation>
    </message>
    <message>
        <source>Ne&amp;xt review</source>
        <translation>Nächste &amp;Kontrolle</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>e.g. Riverside Physiotherapy</source>
        <translation>z. B. Physiotherapie am Fluss</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Adresse der Praxis</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>Eine Zeile</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefon der Praxis</translation>
    </message>
    <message>
        <source>Clinic logo file</source>
        <translation>Logodatei der Praxis</translation>
    </message>
    <message>
        <source>A PNG or SVG file of at most 1 MB</source>
        <translation>Eine PNG- oder SVG-Datei von höchstens 1 MB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Das Logo der Praxis wählen</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
</context>
<context>
    <name>rollwise::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Mirror Diagrams</source>
        <translation>Diagramme &amp;spiegeln</translation>
    </message>
    <message>
        <source>&amp;Zoom on Target</source>
        <translation>Auf Zielbereich &amp;zoomen</translation>
    </message>
    <message>
        <source>&amp;Blank Screen</source>
        <translation>Bildschirm &amp;ausblenden</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous Step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>MIRRORED · left and right swapped (M)</source>
        <translation>GESPIEGELT · links und rechts vertauscht (M)</translation>
    </message>
    <message>
        <source>Diagram mirrored: left and right are swapped. Press M to undo.</source>
        <translation>Bild gespiegelt: links und rechts sind vertauscht. M hebt es auf.</translation>
    </message>
</context>
<context>
    <name>rollwise::PrintPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
</context>
<context>
    <name>rollwise::ProblemBanner</name>
    <message>
        <source>Problems loading the routine</source>
        <translation>Probleme beim Laden der Routine</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss these warnings</source>
        <translation>Diese Warnungen ausblenden</translation>
    </message>
    <message>
        <source>Hide these warnings</source>
        <translation>Diese Warnungen ausblenden</translation>
    </message>
</context>
<context>
    <name>rollwise::ProgressView</name>
    <message>
        <source>Progress — Rollwise</source>
        <translation>Fortschritt — Rollwise</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Tenderness of:</source>
        <translation>&amp;Empfindlichkeit von:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Letzte %1 Wochen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every recorded session as a spreadsheet file (CSV), one row per exercise.</source>
        <translation>Alle aufgezeichneten Einheiten als Tabellendatei (CSV) speichern, eine Zeile pro Übung.</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Fortschrittsdiagramme</translation>
    </message>
    <message>
        <source>All muscle groups</source>
        <translation>Alle Muskelgruppen</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported 1 session to %1</source>
        <translation>1 Einheit nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 sessions to %2</source>
        <translation>%1 Einheiten nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The history could not be exported.

%1</source>
        <translation>Der Verlauf konnte nicht exportiert werden.

%1</translation>
    </message>
    <message>
        <source>Only sessions rolled to the end count towards the weekly target.</source>
        <translation>Nur bis zum Ende durchgeführte Einheiten zählen für das Wochenziel.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the charts (%1)</source>
        <translation>Die Diagramme drucken (%1)</translation>
    </message>
</context>
<context>
    <name>rollwise::RedFlagCheck</name>
    <message>
        <source>Before you start: a safety check</source>
        <translation>Bevor Sie beginnen: ein Sicherheitscheck</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>From the article</source>
        <translation>Aus dem Artikel</translation>
    </message>
    <message>
        <source>Rollwise guidance</source>
        <translation>Hinweis von Rollwise</translation>
    </message>
    <message>
        <source>Do you have any of these? Answer each one.</source>
        <translation>Trifft eines davon auf Sie zu? Beantworten Sie jede Frage.</translation>
    </message>
    <message>
        <source>Signs that need a doctor now</source>
        <translation>Zeichen, die sofort ärztlich abgeklärt werden müssen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Warning signs to see a professional about</source>
        <translation>Warnzeichen, mit denen Sie eine Fachkraft aufsuchen sollten</translation>
    </message>
    <message>
        <source>A doctor, physical therapist or other qualified healthcare professional has seen me about these signs and told me foam rolling is safe for me</source>
        <translation>Eine Ärztin, ein Arzt, eine Physiotherapeutin, ein Physiotherapeut oder eine andere qualifizierte medizinische Fachkraft hat mich wegen dieser Zeichen untersucht und mir gesagt, dass Faszienrollen für mich sicher ist</translation>
    </message>
    <message>
        <source>Your routine carries a clearance from %1 dated %2, so these conditions do not stop the session.</source>
        <translation>Ihre Routine enthält eine Freigabe von %1 vom %2, daher verhindern diese Erkrankungen die Sitzung nicht.</translation>
    </message>
    <message>
        <source>Conditions to ask your clinician about first</source>
        <translation>Erkrankungen, zu denen Sie zuerst Ihre behandelnde Fachkraft fragen</translation>
    </message>
    <message>
        <source>No session today</source>
        <translation>Heute keine Sitzung</translation>
    </message>
</context>
<context>
    <name>rollwise::RepeatedStopsNotice</name>
    <message>
        <source>Safety stops and warning signs in the last 7 days: %1</source>
        <translation>Sicherheitsabbrüche und Warnzeichen in den letzten 7 Tagen: %1</translation>
    </message>
    <message>
        <source>I have read this and will talk to my clinician</source>
        <translation>Ich habe das gelesen und spreche mit meiner behandelnden Fachkraft</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>rollwise::RoutineDocument</name>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Not saved: the routine has 1 problem to fix first.</source>
        <translation>Nicht gespeichert: In der Routine ist zuerst 1 Problem zu beheben.</translation>
    </message>
    <message>
        <source>Not saved: the routine has %1 problems to fix first.</source>
        <translation>Nicht gespeichert: In der Routine sind zuerst %1 Probleme zu beheben.</translation>
    </message>
    <message>
        <source>Not saved: the routine has no file name yet.</source>
        <translation>Nicht gespeichert: Die Routine hat noch keinen Dateinamen.</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Seiten ändern</translation>
    </message>
    <message>
        <source>Change variant</source>
        <translation>Variante ändern</translation>
    </message>
    <message>
        <source>Change hold time</source>
        <translation>Haltezeit ändern</translation>
    </message>
    <message>
        <source>Change rolling</source>
        <translation>Rollen ändern</translation>
    </message>
    <message>
        <source>Change rest</source>
        <translation>Pause ändern</translation>
    </message>
    <message>
        <source>Change get-ready time</source>
        <translation>Vorbereitungszeit ändern</translation>
    </message>
    <message>
        <source>Edit exercise notes</source>
        <translation>Hinweise zur Übung bearbeiten</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>Change patient</source>
        <translation>Patient/in ändern</translation>
    </message>
    <message>
        <source>Change clinician</source>
        <translation>Therapeut/in ändern</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>Edit routine notes</source>
        <translation>Hinweise zur Routine bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Create technique %1</source>
        <translation>Technik %1 anlegen</translation>
    </message>
    <message>
        <source>No such custom technique.</source>
        <translation>Diese eigene Technik gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is used by 1 exercise; remove that exercise first.</source>
        <translation>„%1“ wird von 1 Übung verwendet; entfernen Sie zuerst diese Übung.</translation>
    </message>
    <message>
        <source>“%1” is used by %2 exercises; remove them first.</source>
        <translation>„%1“ wird von %2 Übungen verwendet; entfernen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Delete technique %1</source>
        <translation>Technik %1 löschen</translation>
    </message>
    <message>
        <source>Change who cleared the routine</source>
        <translation>Ändern, wer die Routine freigegeben hat</translation>
    </message>
    <message>
        <source>Change the clearance date</source>
        <translation>Datum der Freigabe ändern</translation>
    </message>
    <message>
        <source>Change sets</source>
        <translation>Sätze ändern</translation>
    </message>
    <message>
        <source>Change sessions a week</source>
        <translation>Einheiten pro Woche ändern</translation>
    </message>
    <message>
        <source>Change the default hold</source>
        <translation>Standard-Haltezeit ändern</translation>
    </message>
    <message>
        <source>Change the default rolling time</source>
        <translation>Standard-Rollzeit ändern</translation>
    </message>
    <message>
        <source>Change the next review</source>
        <translation>Nächste Kontrolle ändern</translation>
    </message>
    <message>
        <source>Change the clinic&apos;s name</source>
        <translation>Namen der Praxis ändern</translation>
    </message>
    <message>
        <source>Change the clinic&apos;s address</source>
        <translation>Adresse der Praxis ändern</translation>
    </message>
    <message>
        <source>Change the clinic&apos;s phone</source>
        <translation>Telefon der Praxis ändern</translation>
    </message>
    <message>
        <source>Change the clinic&apos;s logo</source>
        <translation>Logo der Praxis ändern</translation>
    </message>
</context>
<context>
    <name>rollwise::RoutineEditor</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>drag to reorder</source>
        <translation>zum Umsortieren ziehen</translation>
    </message>
    <message>
        <source>Exercises in this routine, in order</source>
        <translation>Übungen dieser Routine, in Reihenfolge</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>E&amp;xercise Settings</source>
        <translation>Übungs&amp;einstellungen</translation>
    </message>
    <message>
        <source>Roller &amp;Path</source>
        <translation>Roll&amp;weg</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Rollwise Routine Editor</source>
        <translation>%1[*] — %2 — Rollwise-Routineneditor</translation>
    </message>
    <message>
        <source>&amp;New Routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Use in Player</source>
        <translation>Im &amp;Player verwenden</translation>
    </message>
    <message>
        <source>Show this routine in the player window (it must pass every safety check).</source>
        <translation>Diese Routine im Player-Fenster anzeigen (sie muss jede Sicherheitsprüfung bestehen).</translation>
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation>Editor s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add to Routine</source>
        <translation>Zur Routine &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Exercise</source>
        <translation>Übung &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;New Custom Technique…</source>
        <translation>&amp;Neue eigene Technik…</translation>
    </message>
    <message>
        <source>&amp;Edit Custom Technique…</source>
        <translation>Eigene Technik &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Custom Technique</source>
        <translation>Eigene Technik &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Technique</source>
        <translation>&amp;Technik</translation>
    </message>
    <message>
        <source>1 problem to fix before saving</source>
        <translation>1 Problem vor dem Speichern zu beheben</translation>
    </message>
    <message>
        <source>%1 problems to fix before saving</source>
        <translation>%1 Probleme vor dem Speichern zu beheben</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>Ready to save · %1 · about %2 min</source>
        <translation>Bereit zum Speichern · %1 · etwa %2 min</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>No recent routines</source>
        <translation>Keine zuletzt geöffneten Routinen</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Routines</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Edit technique %1</source>
        <translation>Technik %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Print Routine Sheet…</source>
        <translation>Übungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the take-home sheet of this routine (it must pass every safety check).</source>
        <translation>Das Übungsblatt dieser Routine drucken (sie muss jede Sicherheitsprüfung bestehen).</translation>
    </message>
    <message>
        <source>Prescription &amp;&amp; &amp;Clinic</source>
        <translation>Verordnung &amp;&amp; &amp;Praxis</translation>
    </message>
</context>
<context>
    <name>rollwise::RoutineInfoForm</name>
    <message>
        <source>Routine title</source>
        <translation>Titel der Routine</translation>
    </message>
    <message>
        <source>e.g. Desk worker: hips and upper back</source>
        <translation>z. B. Büroarbeit: Hüften und oberer Rücken</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Printed on the sheet</source>
        <translation>Wird auf das Übungsblatt gedruckt</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient/in</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>Your name and title</source>
        <translation>Ihr Name und Titel</translation>
    </message>
    <message>
        <source>C&amp;linician</source>
        <translation>Th&amp;erapeut/in</translation>
    </message>
    <message>
        <source>Date prescribed</source>
        <translation>Verordnet am</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Notes for the whole routine</source>
        <translation>Hinweise für die gesamte Routine</translation>
    </message>
    <message>
        <source>e.g. Three to five times a week.</source>
        <translation>z. B. Drei- bis fünfmal pro Woche.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>Clinician who cleared this routine</source>
        <translation>Fachkraft, die diese Routine freigegeben hat</translation>
    </message>
    <message>
        <source>Leave empty when there is no clearance</source>
        <translation>Leer lassen, wenn es keine Freigabe gibt</translation>
    </message>
    <message>
        <source>Rollwise&apos;s own field: the clinician who cleared this patient for this routine despite an &quot;ask your clinician first&quot; condition. It never lifts the urgent signs.</source>
        <translation>Feld von Rollwise: die Fachkraft, die diese Person trotz einer Bedingung „Fragen Sie zuerst Ihre behandelnde Fachkraft“ für diese Routine freigegeben hat. Die dringenden Warnzeichen hebt es nie auf.</translation>
    </message>
    <message>
        <source>Cleared &amp;by</source>
        <translation>Freigegeben &amp;von</translation>
    </message>
    <message>
        <source>Date of the clearance</source>
        <translation>Datum der Freigabe</translation>
    </message>
    <message>
        <source>Cleared &amp;on</source>
        <translation>Freigegeben a&amp;m</translation>
    </message>
</context>
<context>
    <name>rollwise::SafetyStopList</name>
    <message>
        <source>Safety stops</source>
        <translation>Sicherheitsstopps</translation>
    </message>
    <message>
        <source>before rolling began</source>
        <translation>bevor das Rollen begann</translation>
    </message>
    <message>
        <source>during %1</source>
        <translation>während %1</translation>
    </message>
    <message>
        <source>1 safety stop</source>
        <translation>1 Sicherheitsstopp</translation>
    </message>
    <message>
        <source>%1 safety stops</source>
        <translation>%1 Sicherheitsstopps</translation>
    </message>
    <message>
        <source>the STOP button (sharp, radiating pain, numbness or tingling)</source>
        <translation>die STOPP-Taste (stechende, ausstrahlende Schmerzen, Taubheit oder Kribbeln)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 — %2, %3. Reason: %4. Advice given: %5</source>
        <translation>%1 — %2, %3. Grund: %4. Gegebener Rat: %5</translation>
    </message>
</context>
<context>
    <name>rollwise::SessionControls</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Restart this phase, or go to the previous one</source>
        <translation>Diese Phase neu beginnen oder zur vorherigen wechseln</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Die Einheit starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Tender spot — hold</source>
        <translation>Empfindliche Stelle — halten</translation>
    </message>
    <message>
        <source>Found a tender spot: stop rolling and hold pressure on it</source>
        <translation>Empfindliche Stelle gefunden: Hören Sie auf zu rollen und halten Sie den Druck darauf</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>End this phase now</source>
        <translation>Diese Phase jetzt beenden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>Stop immediately and see what to do</source>
        <translation>Sofort aufhören und sehen, was zu tun ist</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>End the hold now, whenever you choose</source>
        <translation>Das Halten jetzt beenden, wann immer Sie möchten</translation>
    </message>
    <message>
        <source>Sharp, radiating pain, numbness or tingling — STOP</source>
        <translation>Stechender, ausstrahlender Schmerz, Taubheit oder Kribbeln — STOPP</translation>
    </message>
</context>
<context>
    <name>rollwise::SessionPanel</name>
    <message>
        <source>Time left in this phase</source>
        <translation>Verbleibende Zeit in dieser Phase</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt in der Routine</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Get ready: %1, %2</source>
        <translation>Vorbereiten: %1, %2</translation>
    </message>
    <message>
        <source>Roll slowly, %1</source>
        <translation>Langsam rollen, %1</translation>
    </message>
    <message>
        <source>Hold on the tender spot, %1</source>
        <translation>Auf der empfindlichen Stelle halten, %1</translation>
    </message>
    <message>
        <source>Release and breathe</source>
        <translation>Lösen und atmen</translation>
    </message>
    <message>
        <source>Switch to the %1</source>
        <translation>Auf die %1 wechseln</translation>
    </message>
    <message>
        <source>Rest, %1</source>
        <translation>Ruhepause, %1</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped for safety</source>
        <translation>Zur Sicherheit gestoppt</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit gestoppt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>Pausiert — %1</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>Press Start (Space) when you are on your mat.</source>
        <translation>Drücken Sie Start (Leertaste), wenn Sie auf Ihrer Matte sind.</translation>
    </message>
    <message>
        <source>Both sides together</source>
        <translation>Beide Seiten zugleich</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <source>Released after %1 s. The article suggests %2-%3 s on a tender spot.</source>
        <translation>Nach %1 s gelöst. Der Artikel empfiehlt %2-%3 s auf einer empfindlichen Stelle.</translation>
    </message>
    <message>
        <source>1 more step: press I</source>
        <translation>1 weiterer Schritt: Taste I</translation>
    </message>
    <message>
        <source>%1 more steps: press I</source>
        <translation>%1 weitere Schritte: Taste I</translation>
    </message>
    <message>
        <source>Ease off the pressure, breathe, then keep rolling.</source>
        <translation>Druck langsam lösen, atmen, dann weiterrollen.</translation>
    </message>
    <message>
        <source>Rest. Next: %1</source>
        <translation>Pause. Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>partly done, then skipped</source>
        <translation>teilweise gemacht, dann übersprungen</translation>
    </message>
    <message>
        <source>done · 1 tender spot held</source>
        <translation>erledigt · 1 empfindliche Stelle gehalten</translation>
    </message>
    <message>
        <source>done · %1 tender spots held</source>
        <translation>erledigt · %1 empfindliche Stellen gehalten</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>%1 · set %2 of %3</source>
        <translation>%1 · Satz %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollwise::SettingsDialog</name>
    <message>
        <source>Sound and cues</source>
        <translation>Ton und Signale</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Mute all sounds</source>
        <translation>Alle Töne &amp;stummschalten</translation>
    </message>
    <message>
        <source>Beeps and &amp;spoken prompts</source>
        <translation>Töne und &amp;gesprochene Ansagen</translation>
    </message>
    <message>
        <source>&amp;Beeps only</source>
        <translation>Nur &amp;Töne</translation>
    </message>
    <message>
        <source>&amp;Flash the screen for every cue (for when you cannot hear them)</source>
        <translation>Bei jedem Signal den Bildschirm aufblinken &amp;lassen (falls Sie die Töne nicht hören können)</translation>
    </message>
    <message>
        <source>Voice commands</source>
        <translation>Sprachbefehle</translation>
    </message>
    <message>
        <source>&amp;Listen for voice commands (offline: nothing leaves this computer)</source>
        <translation>Auf Sprachbefehle &amp;hören (offline: nichts verlässt diesen Computer)</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>Kein Mikrofon gefunden</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Mikrofon</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <source>Voice commands are English only: say the English phrases below.</source>
        <translation>Sprachbefehle gibt es nur auf Englisch: Sagen Sie die englischen Wendungen unten.</translation>
    </message>
    <message>
        <source>Off. The keys (H, R, arrows, Space, F12) always work.</source>
        <translation>Aus. Die Tasten (H, R, Pfeiltasten, Leertaste, F12) funktionieren immer.</translation>
    </message>
    <message>
        <source>Speak: the bar should move. Commands work during a session.</source>
        <translation>Sprechen Sie: Der Balken sollte sich bewegen. Die Befehle wirken während einer Einheit.</translation>
    </message>
    <message>
        <source>Speak with the speech &amp;engine (every step, a clinician&apos;s own techniques too)</source>
        <translation>Mit der Sprach&amp;ausgabe sprechen (jeder Schritt, auch eigene Techniken der Therapeutin oder des Therapeuten)</translation>
    </message>
    <message>
        <source>E&amp;yes-free: read each step in full, say the time left at 10 s, count 3-2-1</source>
        <translation>O&amp;hne Hinsehen: jeden Schritt ganz vorlesen, bei 10 s die Restzeit ansagen, 3-2-1 zählen</translation>
    </message>
</context>
<context>
    <name>rollwise::SheetDialog</name>
    <message>
        <source>Routine sheet</source>
        <translation>Übungsblatt</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient/in</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>&amp;Therapeut/in</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>Patient: at most %1 characters fit on the sheet.</source>
        <translation>Patient: höchstens %1 Zeichen passen auf das Blatt.</translation>
    </message>
    <message>
        <source>Clinician: at most %1 characters fit on the sheet.</source>
        <translation>Fachkraft: höchstens %1 Zeichen passen auf das Blatt.</translation>
    </message>
    <message>
        <source>Notes: %1. Shorten them to print the sheet.</source>
        <translation>Notizen: %1. Kürzen Sie sie, um das Blatt zu drucken.</translation>
    </message>
    <message>
        <source>&amp;Learn why…</source>
        <translation>&amp;Warum…</translation>
    </message>
    <message>
        <source>Why these muscles are rolled and the lower back never is</source>
        <translation>Warum diese Muskeln gerollt werden und der untere Rücken nie</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Full sheet: every step, several pages</source>
        <translation>Ganzes Blatt: jeder Schritt, mehrere Seiten</translation>
    </message>
    <message>
        <source>One-page card: every exercise with a small picture</source>
        <translation>Karte auf einer Seite: jede Übung mit einem kleinen Bild</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>La&amp;yout</translation>
    </message>
    <message>
        <source>Cannot print the sheet</source>
        <translation>Das Blatt kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Kontrolle</translation>
    </message>
    <message>
        <source>Ne&amp;xt review</source>
        <translation>Nächste &amp;Kontrolle</translation>
    </message>
    <message>
        <source>Clinic &amp;Details…</source>
        <translation>&amp;Angaben zur Praxis…</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>a logo without a name</source>
        <translation>ein Logo ohne Namen</translation>
    </message>
    <message>
        <source>None: add one with Clinic Details.</source>
        <translation>Keine: über „Angaben zur Praxis“ hinzufügen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1, from the routine file</source>
        <translation>%1, aus der Routinedatei</translation>
    </message>
    <message>
        <source>%1, from Clinic Details</source>
        <translation>%1, aus den Angaben zur Praxis</translation>
    </message>
</context>
<context>
    <name>rollwise::SheetMetadata</name>
    <message>
        <source>Foam rolling routine for lower-back relief: the exercises, how long, and when to stop</source>
        <translation>Faszienrollen gegen Schmerzen im unteren Rücken: die Übungen, wie lange, und wann aufhören</translation>
    </message>
    <message>
        <source>foam rolling</source>
        <translation>Faszienrollen</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
</context>
<context>
    <name>rollwise::SoundEffectAudioSink</name>
    <message>
        <source>No audio output device was found, so cues are shown visually.</source>
        <translation>Es wurde kein Audioausgabegerät gefunden; Signale werden daher visuell angezeigt.</translation>
    </message>
    <message>
        <source>The audio device could not play cue sounds, so cues are shown visually.</source>
        <translation>Das Audiogerät konnte die Signaltöne nicht abspielen; Signale werden daher visuell angezeigt.</translation>
    </message>
</context>
<context>
    <name>rollwise::SpeechWorker</name>
    <message>
        <source>%1 is not installed</source>
        <translation>%1 ist nicht installiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no voice for this language</source>
        <translation>%1 hat keine Stimme für diese Sprache</translation>
    </message>
    <message>
        <source>%1, voice %2</source>
        <translation>%1, Stimme %2</translation>
    </message>
    <message>
        <source>no speech engine is installed (qt6-speech-flite-plugin, qt6-speech-speechd-plugin)</source>
        <translation>keine Sprachausgabe installiert (qt6-speech-flite-plugin, qt6-speech-speechd-plugin)</translation>
    </message>
    <message>
        <source>no engine of %1 speaks it</source>
        <translation>keine Sprachausgabe von %1 spricht sie</translation>
    </message>
    <message>
        <source>speech engines are switched off (ROLLWISE_SPEECH_ENGINE=none)</source>
        <translation>Sprachausgaben sind abgeschaltet (ROLLWISE_SPEECH_ENGINE=none)</translation>
    </message>
</context>
<context>
    <name>rollwise::StopAdvice</name>
    <message>
        <source>Session stopped</source>
        <translation>Einheit gestoppt</translation>
    </message>
    <message>
        <source>Stop now.</source>
        <translation>Jetzt aufhören.</translation>
    </message>
    <message>
        <source>See a doctor or physical therapist if you have:</source>
        <translation>Suchen Sie ärztlichen oder physiotherapeutischen Rat, wenn Sie Folgendes haben:</translation>
    </message>
    <message>
        <source>Before your next session Rollwise asks the safety check again.</source>
        <translation>Vor Ihrer nächsten Sitzung stellt Rollwise die Fragen des Sicherheitschecks erneut.</translation>
    </message>
</context>
<context>
    <name>rollwise::TechniqueLibrary</name>
    <message>
        <source>&amp;Techniques</source>
        <translation>&amp;Techniken</translation>
    </message>
    <message>
        <source>Technique library</source>
        <translation>Technikbibliothek</translation>
    </message>
    <message>
        <source>Press Enter to add the selected technique to the routine.</source>
        <translation>Drücken Sie die Eingabetaste, um die ausgewählte Technik zur Routine hinzuzufügen.</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>pro Seite</translation>
    </message>
    <message>
        <source>both sides together</source>
        <translation>beide Seiten zugleich</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Custom (this routine)</source>
        <translation>Eigene (diese Routine)</translation>
    </message>
    <message>
        <source>None yet: use “New Custom Technique”.</source>
        <translation>Noch keine: Verwenden Sie „Neue eigene Technik“.</translation>
    </message>
</context>
<context>
    <name>rollwise::TendernessDialog</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>How tender was it?</source>
        <translation>Wie empfindlich war es?</translation>
    </message>
    <message>
        <source>&lt;b&gt;How tender did each area feel?&lt;/b&gt;&lt;br&gt;0 = not tender at all, 10 = as tender as it gets. Rate what you remember; anything left at “not rated” is simply not recorded. Your answers draw the trend on the Progress page.</source>
        <translation>&lt;b&gt;Wie empfindlich hat sich jeder Bereich angefühlt?&lt;/b&gt;&lt;br&gt;0 = überhaupt nicht empfindlich, 10 = so empfindlich wie nur möglich. Bewerten Sie, woran Sie sich erinnern; was auf „nicht bewertet“ bleibt, wird einfach nicht gespeichert. Ihre Antworten ergeben den Verlauf auf der Fortschrittsseite.</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Vor der Einheit</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Nach der Einheit</translation>
    </message>
    <message>
        <source>%1, before the session</source>
        <translation>%1, vor der Einheit</translation>
    </message>
    <message>
        <source>%1, after the session</source>
        <translation>%1, nach der Einheit</translation>
    </message>
    <message>
        <source>&amp;Save ratings</source>
        <translation>Bewertungen &amp;speichern</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
</context>
<context>
    <name>rollwise::VoiceControl</name>
    <message>
        <source>The voice commands compiled into Rollwise are damaged: %1</source>
        <translation>Die in Rollwise eingebauten Sprachbefehle sind beschädigt: %1</translation>
    </message>
    <message>
        <source>%1. Voice commands are off; the keys still work.</source>
        <translation>%1. Sprachbefehle sind aus; die Tasten funktionieren weiter.</translation>
    </message>
    <message>
        <source>Hold (tender spot)</source>
        <translation>Halten (empfindliche Stelle)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Safety stop (F12)</source>
        <translation>Sicherheitsstopp (F12)</translation>
    </message>
    <message>
        <source>%1: say %2</source>
        <translation>%1: sagen Sie %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
</TS>
