<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n time a week</numerusform>
            <numerusform>%n times a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Narrator</name>
    <message numerus="yes">
        <source>Hold on the tender spot for %n seconds</source>
        <translation>
            <numerusform>Hold on the tender spot for %n second</numerusform>
            <numerusform>Hold on the tender spot for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rest for %n seconds</source>
        <translation>
            <numerusform>Rest for %n second</numerusform>
            <numerusform>Rest for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message numerus="yes">
        <source>the routine&apos;s %n exercise(s) do not fit on the one-page card: print the full sheet</source>
        <translation>
            <numerusform>the routine&apos;s %n exercise does not fit on the one-page card: print the full sheet</numerusform>
            <numerusform>the routine&apos;s %n exercises do not fit on the one-page card: print the full sheet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavInfo</name>
    <message numerus="yes">
        <source>Not a WAV file: only %n byte(s), too short for a RIFF header.</source>
        <translation>
            <numerusform>Not a WAV file: only %n byte, too short for a RIFF header.</numerusform>
            <numerusform>Not a WAV file: only %n bytes, too short for a RIFF header.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollwise::SessionPanel</name>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
</TS>
