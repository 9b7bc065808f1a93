<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>ExcelFlow</name>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="112"/>
        <source>%n muutosta hyväksyttiin tiedostosta %1.</source>
        <translation>
            <numerusform>%n muutos hyväksyttiin tiedostosta %1.</numerusform>
            <numerusform>%n muutosta hyväksyttiin tiedostosta %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="136"/>
        <source>Valmis: %n sivua.</source>
        <translation>
            <numerusform>Valmis: %n sivu.</numerusform>
            <numerusform>Valmis: %n sivua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="79"/>
        <source>Tuotu %n muutosta tiedostosta %1.</source>
        <translation>
            <numerusform>Tuotu %n muutos tiedostosta %1.</numerusform>
            <numerusform>Tuotu %n muutosta tiedostosta %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="82"/>
        <source>%n ristiriitaa jätetty ennalleen.</source>
        <translation>
            <numerusform>%n ristiriita jätetty ennalleen.</numerusform>
            <numerusform>%n ristiriitaa jätetty ennalleen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="116"/>
        <source>%n muutosta, joista ristiriitoja: %1 ja tarkistettavia poistoja: %2. Valitse hyväksyttävät; valitsematta jääneet hylätään.</source>
        <translation>
            <numerusform>%n muutos, joista ristiriitoja: %1 ja tarkistettavia poistoja: %2. Valitse hyväksyttävät; valitsematta jääneet hylätään.</numerusform>
            <numerusform>%n muutosta, joista ristiriitoja: %1 ja tarkistettavia poistoja: %2. Valitse hyväksyttävät; valitsematta jääneet hylätään.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="160"/>
        <source>%n osumaa</source>
        <translation>
            <numerusform>%n osuma</numerusform>
            <numerusform>%n osumaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="173"/>
        <source>Valmis: %n sivua.</source>
        <translation>
            <numerusform>Valmis: %n sivu.</numerusform>
            <numerusform>Valmis: %n sivua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookTreeModel</name>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="121"/>
        <source>Yhteinen toimenpide: palvelee myös %n muuta tavoitetta</source>
        <translation>
            <numerusform>Yhteinen toimenpide: palvelee myös %n muuta tavoitetta</numerusform>
            <numerusform>Yhteinen toimenpide: palvelee myös %n muuta tavoitetta</numerusform>
        </translation>
    </message>
</context>
</TS>
