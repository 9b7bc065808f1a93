<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="126"/>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="143"/>
        <source>Tietoja ohjelmasta</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="131"/>
        <source>Alueen yhteistyösopimuksen strategisten tavoitteiden työkirja.</source>
        <translation>The strategic goals workbook of a region&apos;s cooperation agreement.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="132"/>
        <source>Ohjelman versio: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="133"/>
        <source>Työkirjan tiedostomuoto: versio %1</source>
        <translation>Workbook file format: revision %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="134"/>
        <source>Datakansio: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="135"/>
        <source>Asetuskansio: %1</source>
        <translation>Settings folder: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="136"/>
        <source>Lisenssi: %1 (European Union Public Licence)</source>
        <translation>Licence: %1 (European Union Public Licence)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="138"/>
        <source>Kolmannen osapuolen osat</source>
        <translation>Third-party components</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="139"/>
        <source>Osa</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="139"/>
        <source>Versio</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="139"/>
        <source>Lisenssi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="140"/>
        <source>Lisenssien tekstit ovat ohjelmakansion licenses-kansiossa. Qt ja PySide6 ovat LGPLv3-lisensoituja: niiden kirjastot voi korvata omilla versioillaan (ohje: licenses/Qt-LGPL-NOTICE.txt).</source>
        <translation>The licence texts are in the licenses folder of the application folder. Qt and PySide6 are licensed under the LGPLv3: their libraries can be replaced with your own versions (how: licenses/Qt-LGPL-NOTICE.txt).</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="462"/>
        <source>Osapuoli</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="462"/>
        <source>Rooli</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="463"/>
        <source>Nimetyt henkilöt</source>
        <translation>Named persons</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="467"/>
        <source>&amp;Lisää vastuutaho…</source>
        <translation>&amp;Add responsible party…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="468"/>
        <source>Po&amp;ista valitut vastuutahot</source>
        <translation>Re&amp;move selected responsible parties</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="471"/>
        <source>Muokkaa vastuutahon roolia ja henkilöitä kaksoisnapsauttamalla tai Enterillä</source>
        <translation>Double-click or press Enter to change the responsible party&apos;s role and persons</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="514"/>
        <source>Liitä toimenpide tavoitteeseen</source>
        <translation>Link action to goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="515"/>
        <source>Irrota toimenpide tavoitteesta</source>
        <translation>Unlink action from goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="538"/>
        <source>Muokkaa vastuutahoa %1</source>
        <translation>Edit responsible party %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="542"/>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="547"/>
        <source>Lisää vastuutaho %1</source>
        <translation>Add responsible party %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="558"/>
        <source>Poista vastuutaho %1</source>
        <translation>Remove responsible party %1</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="960"/>
        <source>Asiakohta</source>
        <translation>Agenda item</translation>
    </message>
</context>
<context>
    <name>AgendaItemEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="901"/>
        <source>(ei esittelijää)</source>
        <translation>(no presenter)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="914"/>
        <source>Osa-alueet ja tavoitteet</source>
        <translation>Areas and goals</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="919"/>
        <source>Toimenpiteet</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="922"/>
        <source>Mittarit</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="934"/>
        <source>Muokkaa: esittelijä</source>
        <translation>Edit: presenter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="945"/>
        <source>Liitä asiakohtaan</source>
        <translation>Link to agenda item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="951"/>
        <source>Irrota asiakohdasta</source>
        <translation>Unlink from agenda item</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="52"/>
        <source>Tehty uudelleen</source>
        <translation>Redone</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="55"/>
        <source>Kumottu</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="102"/>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="201"/>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="264"/>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="262"/>
        <source>Kohde on poistettu.</source>
        <translation>The item has been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="156"/>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="177"/>
        <source>Kohde on jo poistettu.</source>
        <translation>The item has already been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="234"/>
        <source>Linkkiä ei enää ole.</source>
        <translation>The link no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="337"/>
        <source>Toimenpide on poistettu.</source>
        <translation>The action has been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="368"/>
        <source>Mittari tai osapuoli on poistettu.</source>
        <translation>The indicator or party has been deleted.</translation>
    </message>
</context>
<context>
    <name>DocumentFlow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="93"/>
        <source>Avaa työkirja</source>
        <translation>Open workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="61"/>
        <source>Avaa vain luettavaksi</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="103"/>
        <source>Tallenna työkirja nimellä</source>
        <translation>Save workbook as</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="119"/>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="122"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="46"/>
        <source>Toinen käyttäjä on ottanut työkirjan %1 muokattavakseen. Se avataan uudelleen vain luettavaksi.</source>
        <translation>Another user has started editing workbook %1. It will be reopened read-only.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="70"/>
        <source>Työkirja on käytössä</source>
        <translation>Workbook in use</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="71"/>
        <source>Työkirjaa %1 muokkaa parhaillaan %2.

Voit avata sen vain luettavaksi.</source>
        <translation>Workbook %1 is currently being edited by %2.

You can open it read-only.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="135"/>
        <source>Uuden työkirjan tiedosto</source>
        <translation>File for the new workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="75"/>
        <source>Yhteistyö</source>
        <translation>Yhteistyö</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/error_report.py" line="34"/>
        <source>Tiedostoa %1 ei voi käyttää: %2</source>
        <translation>The file %1 cannot be used: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/error_report.py" line="63"/>
        <source>Sovelluksessa tapahtui odottamaton virhe, eikä viimeisin toiminto ehkä onnistunut.</source>
        <extracomment>The message box shown last (tests read it).</extracomment>
        <translation>An unexpected error occurred in the application, and the last action may not have succeeded.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/error_report.py" line="67"/>
        <source>Virheen tiedot tallennettiin tiedostoon %1.</source>
        <translation>The details of the error were saved in the file %1.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/error_report.py" line="87"/>
        <source>Yhteistyö</source>
        <translation>Yhteistyö</translation>
    </message>
</context>
<context>
    <name>ExcelFlow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="113"/>
        <source>Ohitettiin:</source>
        <translation>Skipped:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="112"/>
        <source>%n muutosta hyväksyttiin tiedostosta %1.</source>
        <translation>
            <numerusform>%n change from file %1 was accepted.</numerusform>
            <numerusform>%n changes from file %1 were accepted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="98"/>
        <source>Ei muutoksia</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="37"/>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="71"/>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="119"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="156"/>
        <source>Kaikkea tiedoston sisältöä ei voitu sijoittaa:</source>
        <translation>Not all of the file&apos;s content could be placed:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="148"/>
        <source>Luetaan Excel-tiedostoa…</source>
        <translation>Reading the Excel file…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="89"/>
        <source>Luetaan palautettua Excel-tiedostoa…</source>
        <translation>Reading the returned Excel file…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="114"/>
        <source>Muutokset tallennettu</source>
        <translation>Changes saved</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="99"/>
        <source>Tiedostossa %1 ei ole muutoksia työkirjaan.</source>
        <translation>File %1 contains no changes to the workbook.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="165"/>
        <source>Tiedostosta %1 puuttuu: %2. Anna ne, niin työkirja luodaan.</source>
        <translation>The file %1 lacks: %2. Give them and the workbook is created.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="118"/>
        <source>Tuo Excel uudeksi työkirjaksi</source>
        <translation>Import Excel as new workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="69"/>
        <source>Tuo palautettu Excel</source>
        <translation>Import returned Excel</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="155"/>
        <source>Tuonnin huomautukset</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="123"/>
        <source>Uuden työkirjan tiedosto</source>
        <translation>File for the new workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="36"/>
        <source>Vie Excel-tiedostoksi</source>
        <translation>Export to Excel file</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="57"/>
        <source>Viedään Excel-tiedostoksi…</source>
        <translation>Exporting to Excel file…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="61"/>
        <source>Vienti Excel-tiedostoksi</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="59"/>
        <source>Viety: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="62"/>
        <source>Viety: %1. Kaikki ei mahtunut Excel-tiedostoon:</source>
        <translation>Exported: %1. Not everything fitted in the Excel file:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="164"/>
        <source>alueen nimi</source>
        <translation>the region&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="164"/>
        <source>valtuustokausi</source>
        <translation>council term</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="73"/>
        <source>puuttuu</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="179"/>
        <source>Nro</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="179"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="180"/>
        <source>Tavoitteet</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="180"/>
        <source>Edellinen arvio</source>
        <translation>Previous assessment</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="181"/>
        <source>Tila %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="182"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="299"/>
        <source>Kommentti</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="199"/>
        <source>Toimenpiteen tilaa vuodelle %1 ei ole vielä arvioitu. Valitse tila.</source>
        <translation>The action&apos;s status for %1 has not been assessed yet. Choose a status.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="225"/>
        <source>Kommentti on pakollinen, kun toimenpide on viivästynyt tai keskeytetty.</source>
        <translation>A comment is required when the action is delayed or suspended.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="240"/>
        <source>Tuntematon tila: %1</source>
        <translation>Unknown status: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="244"/>
        <source>Kun toimenpide on %1, kommentti on pakollinen: kerro syy. Tilaa ei tallennettu.</source>
        <translation>When the action is %1, a comment is required: give the reason. The status was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="254"/>
        <source>Valitse ensin toimenpiteen tila; kommentti tallentuu tilan kanssa.</source>
        <translation>Choose the action&apos;s status first; the comment is saved with the status.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="265"/>
        <source>Toimenpide on poistettu.</source>
        <translation>The action has been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="269"/>
        <source>Tila %1: %2</source>
        <translation>Status %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="295"/>
        <source>Kohde</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="295"/>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="296"/>
        <source>Osapuoli</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="296"/>
        <source>Lähtötaso</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="298"/>
        <source>Arvo %1</source>
        <translation>Value %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="299"/>
        <source>Tavoitetaso</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="340"/>
        <source>Mittarin arvo vuodelle %1 puuttuu%2. %3</source>
        <translation>The indicator value for %1 is missing%2. %3</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="366"/>
        <source>Laji</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="367"/>
        <source>yksikkö</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="372"/>
        <source>koko alue</source>
        <translation>whole region</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="393"/>
        <source>Valitse kyllä tai ei.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="394"/>
        <source>Kirjoita luku, esimerkiksi 12,5.</source>
        <translation>Enter a number, for example 12,5.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="395"/>
        <source>Kirjoita lukumäärä (kokonaisluku), esimerkiksi 3.</source>
        <translation>Enter a count (a whole number), for example 3.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="397"/>
        <source>Kirjoita arvo tekstinä.</source>
        <translation>Enter the value as text.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="411"/>
        <source>Arvoa ei tallennettu.</source>
        <translation>The value was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="424"/>
        <source>Kirjoita ensin arvo; kommentti tallentuu arvon kanssa.</source>
        <translation>Enter a value first; the comment is saved with the value.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="433"/>
        <source>Mittari on poistettu.</source>
        <translation>The indicator has been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="437"/>
        <source>Arvo %1: %2</source>
        <translation>Value %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="450"/>
        <source>– ei arvioitu –</source>
        <translation>– not assessed –</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="453"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="67"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="472"/>
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="58"/>
        <source>Tavoite %1</source>
        <extracomment>The roles a missing entry&apos;s cell answers with its marker (see ``_missing_cell``).</extracomment>
        <translation>Goal %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="60"/>
        <source>Toimenpide %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="67"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="473"/>
        <source>ei</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="475"/>
        <source>Arvo</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="625"/>
        <source>&amp;Vuosi:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="626"/>
        <source>Osa-al&amp;ue:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="627"/>
        <source>Näytä vain &amp;puuttuvat</source>
        <translation>Show only &amp;missing</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="628"/>
        <source>Toimenpiteiden ti&amp;la</source>
        <translation>Action &amp;status</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="629"/>
        <source>Mittareiden &amp;arvot</source>
        <translation>&amp;Indicator values</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="631"/>
        <source>Osa-alue</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="631"/>
        <source>Toimenpiteet arvioitu</source>
        <translation>Actions assessed</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="631"/>
        <source>Mittarit raportoitu</source>
        <translation>Indicators reported</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="632"/>
        <source>Yhteenveto osa-alueittain</source>
        <translation>Summary by area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="640"/>
        <source>%1 / %2 toimenpidettä arvioitu</source>
        <translation>%1 / %2 actions assessed</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="642"/>
        <source>%1 / %2 mittaria raportoitu</source>
        <translation>%1 / %2 indicators reported</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="634"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="729"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="773"/>
        <source>Kaikki osa-alueet</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="745"/>
        <source>Avaa työkirja.</source>
        <translation>Open a workbook.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="764"/>
        <source>Osapuolikohtaisia ja muita mittaririvejä täytetty %1 / %2.</source>
        <translation>Party-specific and other indicator rows filled in: %1 / %2.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="768"/>
        <source>Kaikki</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="785"/>
        <source>Kaikkia ei ole vielä raportoitu vuodelta %1.</source>
        <translation>Not everything has been reported for %1 yet.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="824"/>
        <source>Valitse mittari taulukosta: sen arvot näkyvät tässä kuvaajana.</source>
        <translation>Select an indicator in the table: its values are shown here as a chart.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="827"/>
        <source>%1: tekstimittarin arvoista ei piirretä kuvaajaa.</source>
        <translation>%1: no chart is drawn for a text indicator.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="841"/>
        <source>Tallennettu: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="848"/>
        <source>Kommentti on pakollinen</source>
        <translation>Comment required</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="850"/>
        <source>Toimenpide ”%1” on %2. Kerro syy kommentissa; tila tallentuu vasta kommentin kanssa.</source>
        <translation>Action “%1” is %2. Give the reason in a comment; the status is saved only together with the comment.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="864"/>
        <source>Kommentti jäi tyhjäksi; tilaa ei tallennettu.</source>
        <translation>The comment was left empty; the status was not saved.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="413"/>
        <source>Toimenpiteet ja mittarit</source>
        <translation>Actions and indicators</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="414"/>
        <source>Avaa toimenpide tai mittari napsauttamalla</source>
        <translation>Click to open the action or indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="417"/>
        <source>Toimenpiteet ja mittarit:</source>
        <translation>Actions and indicators:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="424"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="425"/>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="446"/>
        <source>Liitä lakiperusta</source>
        <translation>Link legal basis</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="446"/>
        <source>Irrota lakiperusta</source>
        <translation>Unlink legal basis</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="33"/>
        <source>Kokouksen esityslista ja aineisto</source>
        <translation>Meeting agenda and documents</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="34"/>
        <source>Koko työkirja (sopimuksen liite)</source>
        <translation>Whole workbook (appendix to the agreement)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="35"/>
        <source>Vuosiseurannan raportti</source>
        <translation>Annual follow-up report</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="36"/>
        <source>Osapuolen vastuut</source>
        <translation>Party&apos;s responsibilities</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="113"/>
        <source>Työkirjassa ei ole kokouksia.</source>
        <translation>The workbook has no meetings.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="128"/>
        <source>Tehdään PDF-asiakirjaa…</source>
        <translation>Creating the PDF document…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="130"/>
        <source>Peruttu.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="136"/>
        <source>Valmis: %n sivua.</source>
        <translation>
            <numerusform>Done: %n page.</numerusform>
            <numerusform>Done: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="161"/>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="164"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="166"/>
        <source>Tallennettu: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="172"/>
        <source>Tallenna PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="174"/>
        <source>PDF-asiakirja (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="185"/>
        <source>PDF-katseluohjelmaa ei voitu avata. Tallenna PDF ja avaa se itse, tai esikatsele se tässä.</source>
        <translation>No PDF viewer could be opened. Save the PDF and open it yourself, or preview it here.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="205"/>
        <source>Tulostinta ei voitu käyttää.</source>
        <translation>The printer could not be used.</translation>
    </message>
</context>
<context>
    <name>HandoutForm</name>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="5"/>
        <source>Käsiteltävät asiakirjat ja tulostus</source>
        <translation>Handouts and printing</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="13"/>
        <source>&amp;Asiakirja:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="20"/>
        <source>&amp;Kokous:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="27"/>
        <source>&amp;Muutokset edellisen kokouksen jälkeen</source>
        <translation>C&amp;hanges since the previous meeting</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="32"/>
        <source>&amp;Vuosi:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="44"/>
        <source>&amp;Osapuoli:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="51"/>
        <source>&amp;Kieli:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="58"/>
        <source>&amp;Esikatsele</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="59"/>
        <source>&amp;Tallenna PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="60"/>
        <source>T&amp;ulosta…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="61"/>
        <source>Avaa PDF-&amp;katseluohjelmassa</source>
        <translation>Open in PDF vie&amp;wer</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="82"/>
        <source>Esikatselu</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="78"/>
        <source>Käyttöohje</source>
        <extracomment>A widget&apos;s class name → the guide&apos;s anchor for it; the first match from the focus widget up to its window wins, so an editor inside the main window beats the window itself. Languages the guide is written in (each of the window&apos;s); another would read the Finnish guide.</extracomment>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="84"/>
        <source>Yhteistyö – käyttöohje</source>
        <translation>Yhteistyö – user guide</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="211"/>
        <source>&amp;Ohje</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="212"/>
        <source>&amp;Käyttöohje</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="213"/>
        <source>&amp;Tietoja ohjelmasta</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="21"/>
        <source>työkirja</source>
        <translation>workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="22"/>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="57"/>
        <source>osa-alue</source>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="23"/>
        <source>tavoite</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="24"/>
        <source>toimenpide</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="25"/>
        <source>toimenpiteen tavoite</source>
        <translation>goal of action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="26"/>
        <source>osapuoli</source>
        <translation>party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="27"/>
        <source>henkilö</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="28"/>
        <source>työryhmän jäsenyys</source>
        <translation>working group membership</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="29"/>
        <source>vastuutaho</source>
        <translation>responsible party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="30"/>
        <source>nimetty henkilö</source>
        <translation>named person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="31"/>
        <source>mittari</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="32"/>
        <source>mittarin arvo</source>
        <translation>indicator value</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="33"/>
        <source>toimenpiteen tila</source>
        <translation>action status</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="34"/>
        <source>lakiperusta</source>
        <translation>legal basis</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="35"/>
        <source>tavoitteen lakiperusta</source>
        <translation>legal basis of goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="36"/>
        <source>foorumi</source>
        <translation>forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="37"/>
        <source>kokous</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="38"/>
        <source>osallistuja</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="39"/>
        <source>asiakohta</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="40"/>
        <source>asiakohdan linkki</source>
        <translation>agenda item link</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="43"/>
        <source>lisäys</source>
        <translation>addition</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="44"/>
        <source>muutos</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="45"/>
        <source>poisto</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="46"/>
        <source>liitos</source>
        <translation>linking</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="47"/>
        <source>irrotus</source>
        <translation>unlinking</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="50"/>
        <source>otsikko</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="50"/>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="51"/>
        <source>kuvaus</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="52"/>
        <source>resurssit</source>
        <translation>resources</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="53"/>
        <source>huomioitavaa</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="54"/>
        <source>aikataulu</source>
        <translation>schedule</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="55"/>
        <source>järjestys</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="56"/>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="75"/>
        <source>taso</source>
        <translation>level</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="56"/>
        <source>ryhmä</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="57"/>
        <source>laji</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="58"/>
        <source>y-tunnus</source>
        <translation>business ID</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="59"/>
        <source>lyhyt nimi</source>
        <translation>short name</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="60"/>
        <source>katuosoite</source>
        <translation>street address</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="61"/>
        <source>postinumero</source>
        <translation>postal code</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="62"/>
        <source>postitoimipaikka</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="63"/>
        <source>organisaatio</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="64"/>
        <source>rooli</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="64"/>
        <source>yksikkö</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="65"/>
        <source>lähtötaso</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="66"/>
        <source>lähtötason vuosi</source>
        <translation>baseline year</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="67"/>
        <source>tavoitetaso</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="68"/>
        <source>tavoitevuosi</source>
        <translation>target year</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="69"/>
        <source>tietolähde</source>
        <translation>data source</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="70"/>
        <source>osapuolittain</source>
        <translation>by party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="71"/>
        <source>tila</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="71"/>
        <source>kommentti</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="72"/>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="73"/>
        <source>arvo</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="74"/>
        <source>laki</source>
        <translation>law</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="74"/>
        <source>lain nimi</source>
        <translation>name of law</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="75"/>
        <source>pykälä</source>
        <translation>section</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="76"/>
        <source>sähköposti</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="77"/>
        <source>puhelin</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="78"/>
        <source>valittu</source>
        <translation>selected</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="79"/>
        <source>vastuuhenkilöt</source>
        <translation>responsible persons</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="80"/>
        <source>valmistelijat</source>
        <translation>preparers</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="81"/>
        <source>paikka</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="81"/>
        <source>aika</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="82"/>
        <source>ehdotus</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="83"/>
        <source>esittelijä</source>
        <translation>presenter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="84"/>
        <source>alue</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="84"/>
        <source>versio</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="85"/>
        <source>hyväksytty</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="87"/>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="87"/>
        <source>Käyttäjä</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="88"/>
        <source>Muutos</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="88"/>
        <source>Kohde</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="89"/>
        <source>Kenttä</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="89"/>
        <source>Vanha arvo</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="90"/>
        <source>Uusi arvo</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="90"/>
        <source>Lähde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="93"/>
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="93"/>
        <source>ei</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="237"/>
        <source>Vain valitun kohdan muutokset</source>
        <extracomment>Opens the change report between two moments (connected by the versions flow).</extracomment>
        <translation>Only changes to the selected item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="238"/>
        <source>Muutosraportti…</source>
        <translation>Change report…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="239"/>
        <source>Muutoshistoria</source>
        <translation>Change history</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="119"/>
        <source>Mittarin kehitys</source>
        <translation>Indicator trend</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="137"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="203"/>
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="137"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="203"/>
        <source>ei</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="163"/>
        <source>lähtötaso %1</source>
        <translation>baseline %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="165"/>
        <source>tavoite %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="171"/>
        <source>Valitse mittari taulukosta.</source>
        <translation>Select an indicator in the table.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="246"/>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="251"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="314"/>
        <source>Arvo</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="269"/>
        <source>Tavoite %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="281"/>
        <source>Lähtötaso %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="302"/>
        <source>Ei vielä arvoja.</source>
        <translation>No values yet.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="316"/>
        <source>Lähtötaso</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="318"/>
        <source>Tavoite</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="744"/>
        <source>Tavoite</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="744"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="19"/>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="70"/>
        <source>Yhteistyö-työkirja (*.tyokirja)</source>
        <extracomment>The file dialogs&apos; filter for workbook files (translated in the main window&apos;s context).</extracomment>
        <translation>Yhteistyö workbook (*.tyokirja)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="13"/>
        <source>&amp;Uusi Kuntaliiton pohjasta…</source>
        <translation>&amp;New from Kuntaliitto Template…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="14"/>
        <source>&amp;Avaa…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="15"/>
        <source>Tallenna &amp;nimellä…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="16"/>
        <source>&amp;Lopeta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="17"/>
        <source>&amp;Kumoa</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="19"/>
        <source>Uusi &amp;osa-alue</source>
        <translation>New &amp;Area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="20"/>
        <source>Uusi &amp;tavoite</source>
        <translation>New &amp;Goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="21"/>
        <source>Uusi toi&amp;menpide</source>
        <translation>New A&amp;ction</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="23"/>
        <source>Uusi o&amp;sapuoli</source>
        <translation>New &amp;Party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="24"/>
        <source>Uusi &amp;henkilö</source>
        <translation>New P&amp;erson</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="25"/>
        <source>Uusi &amp;lakiperusta</source>
        <translation>New &amp;Legal Basis</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="26"/>
        <source>Uusi &amp;foorumi</source>
        <translation>New &amp;Forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="29"/>
        <source>Vie &amp;Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="31"/>
        <source>Tuo Excel uu&amp;deksi työkirjaksi…</source>
        <translation>Import Excel as Ne&amp;w Workbook…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="35"/>
        <source>&amp;Poista</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="18"/>
        <source>Tee uu&amp;delleen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="22"/>
        <source>Uusi mittar&amp;i</source>
        <translation>New &amp;Indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="27"/>
        <source>Uusi koko&amp;us</source>
        <translation>New Mee&amp;ting</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="28"/>
        <source>&amp;Tulosta tai tee PDF…</source>
        <translation>&amp;Print or Make PDF…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="30"/>
        <source>Tuo &amp;palautettu Excel…</source>
        <translation>&amp;Import Returned Excel…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="32"/>
        <source>&amp;Yhdistä toisen jäsenen tiedosto…</source>
        <translation>&amp;Merge Another Member&apos;s File…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="33"/>
        <source>Tuo S&amp;otkanet-tiedot…</source>
        <translation>Import Sot&amp;kanet Data…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="34"/>
        <source>&amp;Kopioi uudelle valtuustokaudelle…</source>
        <translation>Copy to New Council &amp;Term…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="36"/>
        <source>I&amp;rrota toimenpide tästä tavoitteesta</source>
        <translation>Unlin&amp;k Action from This Goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="37"/>
        <source>Siirrä &amp;ylös</source>
        <translation>&amp;Move Up</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="38"/>
        <source>Siirrä &amp;alas</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="39"/>
        <source>&amp;Etsi…</source>
        <translation>Fi&amp;nd…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="40"/>
        <source>&amp;Muutoshistoria</source>
        <translation>&amp;Change History</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="41"/>
        <source>A&amp;setukset…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="217"/>
        <source>Avaa &amp;viimeisimpiä</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="219"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Näytä</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="221"/>
        <source>Työkalut</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="222"/>
        <source>Muutoshistoria</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="223"/>
        <source>&amp;Rakenne</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="224"/>
        <source>Työ&amp;kirja</source>
        <translation>&amp;Workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Seuranta</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="263"/>
        <source>(ei viimeisimpiä tiedostoja)</source>
        <translation>(no recent files)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="280"/>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="363"/>
        <source>Yhteistyö</source>
        <translation>Yhteistyö</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="368"/>
        <source> [vain luku]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="373"/>
        <source>valtuustokausi %1</source>
        <translation>council term %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="375"/>
        <source>Vain luku: työkirja on toisen käyttäjän muokattavana, joten muokkaus on estetty.</source>
        <translation>Read-only: another user is editing the workbook, so editing is disabled.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="378"/>
        <source>Palvelimella, yhteiskäytössä: %1</source>
        <translation>On the server, shared: %1</translation>
    </message>
</context>
<context>
    <name>MarkVersionDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="32"/>
        <source>Merkitse versio</source>
        <translation>Mark version</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="34"/>
        <source>Versio nimeää työkirjan nykyisen tilan, esimerkiksi kokouksen tai valtuustojen hyväksymän tekstin. Muutosraportin voi myöhemmin tehdä version jälkeen tehdyistä muutoksista.</source>
        <translation>A version names the workbook&apos;s present state, for example a meeting or the text the councils approved. A report of the changes made after it can be made later.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="40"/>
        <source>esim. Työryhmä 14.3.2026</source>
        <translation>e.g. Working group 14.3.2026</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="42"/>
        <source>&amp;Nimi:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="43"/>
        <source>&amp;Huomautus:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="46"/>
        <source>&amp;Merkitse</source>
        <translation>&amp;Mark</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="47"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="786"/>
        <source>Nro</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="786"/>
        <source>Asiakohta</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="786"/>
        <source>Esittelijä</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="791"/>
        <source>Lis&amp;ää asiakohta</source>
        <translation>Add agenda &amp;item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="792"/>
        <source>M&amp;uokkaa asiakohtaa…</source>
        <translation>E&amp;dit agenda item…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="793"/>
        <source>Poista asiako&amp;hta</source>
        <translation>De&amp;lete agenda item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="794"/>
        <source>&amp;Ylös</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="795"/>
        <source>A&amp;las</source>
        <translation>Dow&amp;n</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="806"/>
        <source>(ei foorumia)</source>
        <translation>(no forum)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="838"/>
        <source>Muokkaa: foorumi</source>
        <translation>Edit: forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="846"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="853"/>
        <source>Uusi asiakohta</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="868"/>
        <source>Poista asiakohta %1</source>
        <translation>Delete agenda item %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="877"/>
        <source>Siirrä asiakohtaa</source>
        <translation>Move agenda item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="815"/>
        <source>(ei kytketty)</source>
        <translation>(not tied)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="846"/>
        <source>Muokkaa: kokouksen versio</source>
        <translation>Edit: meeting version</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="83"/>
        <source>Ohitettiin:</source>
        <translation>Skipped:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="82"/>
        <source>%n ristiriitaa jätetty ennalleen.</source>
        <translation>
            <numerusform>%n conflict left unchanged.</numerusform>
            <numerusform>%n conflicts left unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="55"/>
        <source>Ei muutoksia</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="56"/>
        <source>Tiedostossa %1 ei ole uusia muutoksia.</source>
        <translation>File %1 contains no new changes.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="84"/>
        <source>Tiedostot yhdistetty</source>
        <translation>Files merged</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="79"/>
        <source>Tuotu %n muutosta tiedostosta %1.</source>
        <translation>
            <numerusform>Imported %n change from file %1.</numerusform>
            <numerusform>Imported %n changes from file %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="52"/>
        <source>Verrataan toisen jäsenen tiedostoa…</source>
        <translation>Comparing another member&apos;s file…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="30"/>
        <source>Yhdistä toisen jäsenen tiedosto</source>
        <translation>Merge another member&apos;s file</translation>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="74"/>
        <source>Anna alueen nimi.</source>
        <translation>Enter the name of the region.</translation>
    </message>
</context>
<context>
    <name>NewWorkbookForm</name>
    <message>
        <location filename="../../forms/new_workbook.ui" line="5"/>
        <source>Uusi työkirja Kuntaliiton pohjasta</source>
        <translation>New workbook from the Kuntaliitto template</translation>
    </message>
    <message>
        <location filename="../../forms/new_workbook.ui" line="9"/>
        <source>Uuteen työkirjaan tulevat Kuntaliiton pohjan kolme ryhmää ja kymmenen osa-aluetta ilman tavoitteita.</source>
        <translation>The new workbook gets the three groups and ten areas of the Kuntaliitto (Association of Finnish Municipalities) template, without goals.</translation>
    </message>
    <message>
        <location filename="../../forms/new_workbook.ui" line="17"/>
        <source>&amp;Alue:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../forms/new_workbook.ui" line="23"/>
        <source>esim. Keski-Suomi</source>
        <translation>e.g. Central Finland</translation>
    </message>
    <message>
        <location filename="../../forms/new_workbook.ui" line="28"/>
        <source>&amp;Valtuustokausi alkaa:</source>
        <translation>&amp;Council term starts:</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="699"/>
        <source>(ei työryhmän jäsen)</source>
        <translation>(not a working group member)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="707"/>
        <source>(ei organisaatiota)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="725"/>
        <source>Lisää %1 työryhmään</source>
        <translation>Add %1 to the working group</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="728"/>
        <source>Poista %1 työryhmästä</source>
        <translation>Remove %1 from the working group</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="730"/>
        <source>Muokkaa: rooli</source>
        <translation>Edit: role</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="97"/>
        <source>Tervetuloa Yhteistyöhön</source>
        <translation>Welcome to Yhteistyö</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="98"/>
        <source>Kerro nimesi: se tallentuu muutoshistoriaan.</source>
        <translation>Enter your name: it is saved in the change history.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="109"/>
        <source>Anna nimesi; se näkyy muutoshistoriassa.</source>
        <translation>Enter your name; it appears in the change history.</translation>
    </message>
</context>
<context>
    <name>PreferencesForm</name>
    <message>
        <location filename="../../forms/preferences.ui" line="5"/>
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="9"/>
        <source>&amp;Nimesi:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="15"/>
        <source>Etunimi Sukunimi</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="16"/>
        <source>Nimi näkyy muutoshistoriassa ja muille, kun työkirja on auki.</source>
        <translation>Your name appears in the change history and to others while the workbook is open.</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="21"/>
        <source>&amp;Kieli:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="275"/>
        <source>Muokkaa: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="292"/>
        <source>Toinen käyttäjä (%1) muutti kentän juuri: %2</source>
        <translation>Another user (%1) just changed the field: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="294"/>
        <source>tuntematon</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="295"/>
        <source>(tyhjä)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="210"/>
        <source>Suodata: kirjoita osa nimestä…</source>
        <translation>Filter: type part of a name…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="211"/>
        <source>Suodata taulukkoa</source>
        <translation>Filter table</translation>
    </message>
</context>
<context>
    <name>RecordsFlow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="133"/>
        <source>Irrota toimenpide tavoitteesta</source>
        <translation>Unlink action from goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="123"/>
        <source>Poista %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="125"/>
        <source>Poistettu: %1. Kumoa painamalla Ctrl+Z.</source>
        <translation>Deleted: %1. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="161"/>
        <source>Siirrä</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="107"/>
        <source>Uusi foorumi</source>
        <translation>New forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="99"/>
        <source>Uusi henkilö</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="111"/>
        <source>Uusi kokous</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="103"/>
        <source>Uusi lakiperusta</source>
        <translation>New legal basis</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="90"/>
        <source>Uusi mittari</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="62"/>
        <source>Uusi osa-alue</source>
        <translation>New area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="95"/>
        <source>Uusi osapuoli</source>
        <translation>New party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="70"/>
        <source>Uusi tavoite</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="80"/>
        <source>Uusi toimenpide</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="68"/>
        <source>Valitse ensin osa-alue, johon tavoite tulee.</source>
        <translation>First select the area the goal belongs to.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="86"/>
        <source>Valitse ensin tavoite tai toimenpide, jota mittari seuraa.</source>
        <translation>First select the goal or action the indicator tracks.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="77"/>
        <source>Valitse ensin tavoite, jota toimenpide palvelee.</source>
        <translation>First select the goal the action serves.</translation>
    </message>
</context>
<context>
    <name>ResponsibilityDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="576"/>
        <source>Muokkaa vastuutahoa</source>
        <translation>Edit responsible party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="577"/>
        <source>Lisää vastuutaho</source>
        <translation>Add responsible party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="592"/>
        <source>Kirjoita nimi, jos osapuolta ei ole listassa</source>
        <translation>Type the name if the party is not in the list</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="593"/>
        <source>&amp;Uusi osapuoli:</source>
        <translation>Ne&amp;w party:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="605"/>
        <source>Työkirjassa ei ole vielä osapuolia: kirjoita uuden osapuolen nimi.</source>
        <translation>The workbook has no parties yet: type the name of a new party.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="644"/>
        <source>Valitse osapuoli tai kirjoita uuden osapuolen nimi.</source>
        <translation>Choose a party or type the name of a new party.</translation>
    </message>
</context>
<context>
    <name>ResponsibilityForm</name>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="5"/>
        <source>Lisää vastuutaho</source>
        <translation>Add responsible party</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="9"/>
        <source>&amp;Osapuoli:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="18"/>
        <source>&amp;Rooli:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="23"/>
        <source>Millä roolilla osapuoli on mukana toimenpiteessä</source>
        <translation>In which role the party takes part in the action</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="23"/>
        <source>Koollekutsuja kutsuu toimenpiteen tekijät koolle, puheenjohtaja johtaa työtä, vastuutaho vastaa toteutuksesta ja osallistuja on mukana tekemässä.</source>
        <translation>The convener calls together those carrying out the action, the chair leads the work, the responsible party answers for carrying it out and a participant takes part in the work.</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="27"/>
        <source>&amp;Nimetyt henkilöt:</source>
        <translation>&amp;Named persons:</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/review.py" line="20"/>
        <source>Tallennetaan hyväksyttyjä muutoksia…</source>
        <translation>Saving accepted changes…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="50"/>
        <source>kyllä</source>
        <extracomment>The columns: item, field, value here, value in the copy, where (cell) or who and when. Characters a line of a deletion&apos;s consequences is wrapped at (the dialog&apos;s width).</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="51"/>
        <source>ei</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="95"/>
        <source>Toisen jäsenen tiedoston muutokset</source>
        <translation>Changes in another member&apos;s file</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="116"/>
        <source>%n muutosta, joista ristiriitoja: %1 ja tarkistettavia poistoja: %2. Valitse hyväksyttävät; valitsematta jääneet hylätään.</source>
        <translation>
            <numerusform>%n change, %1 of them in conflict and %2 deletions to check. Select the changes to accept; those left unselected are rejected.</numerusform>
            <numerusform>%n changes, %1 of them in conflict and %2 deletions to check. Select the changes to accept; those left unselected are rejected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="174"/>
        <source>Muutos</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="97"/>
        <source>Tässä työkirjassa</source>
        <translation>In this workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="96"/>
        <source>Kohde</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="96"/>
        <source>Kenttä</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="98"/>
        <source>Toisessa tiedostossa</source>
        <translation>In the other file</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="99"/>
        <source>Kuka ja milloin (toisessa)</source>
        <translation>Who and when (in the other)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="110"/>
        <source>&amp;Hyväksy valitut</source>
        <translation>&amp;Accept selected</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="126"/>
        <source>(muut tiedot)</source>
        <translation>(other data)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="136"/>
        <source>RISTIRIITA: </source>
        <translation>CONFLICT: </translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../forms/review_dialog.ui" line="5"/>
        <source>Palautetun Excel-kopion muutokset</source>
        <translation>Changes in the returned Excel copy</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="18"/>
        <source>Muutokset</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="19"/>
        <source>Kohde</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="20"/>
        <source>Kenttä</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="21"/>
        <source>Työkirjassa nyt</source>
        <translation>In the workbook now</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="22"/>
        <source>Palautetussa kopiossa</source>
        <translation>In the returned copy</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="23"/>
        <source>Solu</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="28"/>
        <source>Valitun muutoksen tiedot</source>
        <translation>Details of the selected change</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="29"/>
        <source>Valitse muutos nähdäksesi sen koko vanhan ja uuden tekstin.</source>
        <translation>Choose a change to see its whole old and new text.</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="34"/>
        <source>&amp;Valitse kaikki paitsi ristiriidat</source>
        <translation>&amp;Select all except conflicts</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="35"/>
        <source>&amp;Tyhjennä valinnat</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="42"/>
        <source>Ei huomautuksia tiedostosta.</source>
        <translation>No notes on the file.</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="43"/>
        <source>Huomautukset tiedostosta</source>
        <translation>Notes on the file</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="120"/>
        <source>Osa-alue</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="121"/>
        <source>Tavoite</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="122"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="123"/>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="124"/>
        <source>Osapuoli</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="125"/>
        <source>Henkilö</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="126"/>
        <source>Lakiperusta</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="127"/>
        <source>Foorumi</source>
        <translation>Forum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="160"/>
        <source>%n osumaa</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <location filename="../../forms/search_dialog.ui" line="5"/>
        <source>Etsi työkirjasta</source>
        <translation>Search the workbook</translation>
    </message>
    <message>
        <location filename="../../forms/search_dialog.ui" line="9"/>
        <source>Etsi otsikoista, kuvauksista, osapuolista ja henkilöistä…</source>
        <translation>Search titles, descriptions, parties and people…</translation>
    </message>
    <message>
        <location filename="../../forms/search_dialog.ui" line="11"/>
        <source>Hakusana</source>
        <translation>Search term</translation>
    </message>
    <message>
        <location filename="../../forms/search_dialog.ui" line="19"/>
        <source>Hakutulokset</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="45"/>
        <source>Anna PostgreSQL-palvelimen osoite, esimerkiksi postgresql://nimi:salasana@palvelin.example.fi/yhteistyo</source>
        <translation>Enter the PostgreSQL server address, for example postgresql://name:password@server.example.fi/yhteistyo</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="52"/>
        <source>postgresql://käyttäjä@palvelin/tietokanta</source>
        <translation>postgresql://user@server/database</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="54"/>
        <source>&amp;Osoite:</source>
        <translation>&amp;Address:</translation>
    </message>
</context>
<context>
    <name>ServerMode</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="31"/>
        <source>Yhteistyö-työkirja (*.tyokirja)</source>
        <extracomment>How often the window asks the server for others&apos; changes.</extracomment>
        <translation>Yhteistyö workbook (*.tyokirja)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="107"/>
        <source>Yhdistä palvel&amp;imeen…</source>
        <extracomment>A poll&apos;s answer, from the thread that asked the server: (marker asked, rows or error).</extracomment>
        <translation>&amp;Connect to Server…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="108"/>
        <source>Lataa palveli&amp;melle…</source>
        <translation>&amp;Upload to Server…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="109"/>
        <source>Tallenna palvelimelta tiedo&amp;stoksi…</source>
        <translation>Save from Server as &amp;File…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="166"/>
        <source>Valitse työkirja</source>
        <translation>Choose workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="167"/>
        <source>Palvelimella on useita työkirjoja:</source>
        <translation>The server has several workbooks:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="172"/>
        <source>Yhdistä palvelimeen</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="203"/>
        <source>Työkirja ladattiin palvelimelle; muutokset tallentuvat nyt sinne.</source>
        <translation>The workbook was uploaded to the server; changes are now saved there.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="207"/>
        <source>Lataa palvelimelle</source>
        <translation>Upload to server</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="225"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="228"/>
        <source>Palvelimen työkirja tallennettiin tiedostoksi %1.</source>
        <translation>The server workbook was saved as file %1.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="236"/>
        <source>Tallenna palvelimelta tiedostoksi</source>
        <translation>Save from server as file</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="346"/>
        <source>%1 muutti työkirjaa; näkymä päivitettiin.</source>
        <translation>%1 changed the workbook; the view was updated.</translation>
    </message>
</context>
<context>
    <name>Sotkanet</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="146"/>
        <source>Tuo Sotkanet-tiedot</source>
        <translation>Import Sotkanet data</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="148"/>
        <source>CSV-tiedosto (*.csv *.txt);;Kaikki tiedostot (*)</source>
        <translation>CSV file (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="172"/>
        <source>Luetaan Sotkanet-tiedostoa…</source>
        <translation>Reading the Sotkanet file…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="187"/>
        <source>Tallennetaan Sotkanet-arvoja…</source>
        <translation>Saving Sotkanet values…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="189"/>
        <source>Tuonti peruttiin; arvoja ei tallennettu.</source>
        <translation>The import was cancelled; no values were saved.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="192"/>
        <source>Tuo Sotkanet-arvot (%1)</source>
        <translation>Import Sotkanet values (%1)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="197"/>
        <source>Tallennettiin %1 arvoa tiedostosta %2. Kumoa painamalla Ctrl+Z.</source>
        <translation>Saved %1 values from file %2. Press Ctrl+Z to undo.</translation>
    </message>
</context>
<context>
    <name>SotkanetPreviewDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="33"/>
        <source>Tuo Sotkanet-tiedot</source>
        <translation>Import Sotkanet data</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="41"/>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="41"/>
        <source>Vastuutaho / alue</source>
        <translation>Responsible party / region</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="41"/>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="42"/>
        <source>Nykyinen arvo</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="42"/>
        <source>Uusi arvo</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="45"/>
        <source>Tuotavat arvot</source>
        <translation>Values to import</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="55"/>
        <source>Rivi %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="71"/>
        <source>Rivi %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="74"/>
        <source>Rivi %1: virheellinen rivi, %2</source>
        <translation>Line %1: invalid line, %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="78"/>
        <source>Ohitetut rivit (%1):</source>
        <translation>Skipped lines (%1):</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="86"/>
        <source>&amp;Tallenna arvot</source>
        <translation>&amp;Save values</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="88"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="93"/>
        <source>Tallennettavia arvoja %1, ohitettuja rivejä %2.</source>
        <translation>Values to save: %1, skipped lines: %2.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="96"/>
        <source>%1 arvoa on työkirjassa jo samana.</source>
        <translation>%1 values are already the same in the workbook.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="99"/>
        <source>Tiedostossa ei ole yhtään työkirjan mittariin sopivaa uutta arvoa.</source>
        <translation>The file contains no new values that match the workbook&apos;s indicators.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="342"/>
        <source>Toimenpiteiden tilat osa-alueittain</source>
        <translation>Action statuses by area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="358"/>
        <source>ei arvioitu</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="362"/>
        <source>Ei toimenpiteitä.</source>
        <translation>No actions.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="372"/>
        <source>Toimenpiteiden tilat %1</source>
        <translation>Action statuses %1</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="53"/>
        <source>Toimenpiteet</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="54"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="56"/>
        <source>Vastuutahot</source>
        <translation>Responsible parties</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="58"/>
        <source>Aikataulu</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="62"/>
        <source>Mittarit</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="63"/>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="64"/>
        <source>Kohde</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="67"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="75"/>
        <source>Laji</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="68"/>
        <source>Lähtötaso</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="55"/>
        <source>Tavoitteet (kpl)</source>
        <translation>Goals (count)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="69"/>
        <source>Tavoitetaso</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="70"/>
        <source>Lähde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="73"/>
        <source>Osapuolet</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="74"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="81"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="96"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="102"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="76"/>
        <source>Y-tunnus</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="77"/>
        <source>Osoite</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="80"/>
        <source>Henkilöt</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="82"/>
        <source>Tehtävä</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="83"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="84"/>
        <source>Työryhmä</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="88"/>
        <source>Kokoukset</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="89"/>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="90"/>
        <source>Kokous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="91"/>
        <source>Foorumi</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="92"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="94"/>
        <source>Lakiperustat</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="95"/>
        <source>Laki</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="97"/>
        <source>Pykälä</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="98"/>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="100"/>
        <source>Foorumit</source>
        <translation>Forums</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="101"/>
        <source>Taso</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>TermCopy</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="69"/>
        <source>Uuden valtuustokauden työkirja</source>
        <translation>Workbook for the new council term</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="92"/>
        <source>Kopioidaan työkirjaa uudelle valtuustokaudelle…</source>
        <translation>Copying the workbook to the new council term…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="96"/>
        <source>Uusi työkirja valtuustokaudelle %1 on tehty: %2

Siihen siirtyi %3 tavoitetta, %4 toimenpidettä ja %5 mittaria. Seuranta-arvot (%6) ja kokoukset (%7) jäivät nykyiseen työkirjaan.</source>
        <translation>A new workbook for the council term %1 has been created: %2

%3 goals, %4 actions and %5 indicators were carried over to it. The follow-up values (%6) and meetings (%7) stayed in the current workbook.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="105"/>
        <source>%1 mittarin tavoitevuosi ei ollut uudella kaudella, joten se jätettiin tyhjäksi.</source>
        <translation>For %1 indicators the target year was outside the new term, so it was left empty.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="108"/>
        <source>Avataanko uusi työkirja?</source>
        <translation>Open the new workbook?</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="110"/>
        <source>Uusi valtuustokausi</source>
        <translation>New council term</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="115"/>
        <source>Avaa uusi työkirja</source>
        <translation>Open the new workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="117"/>
        <source>Jatka nykyisessä</source>
        <translation>Continue in the current one</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="27"/>
        <source>Kopioi uudelle valtuustokaudelle</source>
        <translation>Copy to new council term</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="29"/>
        <source>Uuteen työkirjaan siirtyvät osa-alueet, tavoitteet, toimenpiteet, vastuutahot, mittarit, lakiperustat, osapuolet, henkilöt ja foorumit. Seuranta-arvot, toimenpiteiden tilat, kokoukset sekä muutoshistoria ja siihen merkityt versiot jäävät nykyiseen työkirjaan.</source>
        <translation>Areas, goals, actions, responsible parties, indicators, legal bases, parties, people and forums are carried over to the new workbook. Follow-up values, action statuses, meetings, the change history and the versions marked in it stay in the current workbook.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="42"/>
        <source>Valtuustokausi alkaa:</source>
        <translation>Council term starts:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="43"/>
        <source>Päättyy:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="46"/>
        <source>&amp;Valitse tiedosto…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="47"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="62"/>
        <source>Versiot ja muutokset</source>
        <translation>Versions and changes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="66"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="66"/>
        <source>Merkitty</source>
        <translation>Marked</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="67"/>
        <source>Merkitsijä</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="67"/>
        <source>Huomautus</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="71"/>
        <source>Versiot</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="80"/>
        <source>Muutokset alkaen:</source>
        <translation>Changes since:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="80"/>
        <source>asti:</source>
        <translation>until:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="85"/>
        <source>Raportin kieli</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="87"/>
        <source>&amp;Näytä muutokset</source>
        <translation>&amp;Show changes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="89"/>
        <source>&amp;Tallenna PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="103"/>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="125"/>
        <source>nyt</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="132"/>
        <source>Työkirjassa ei ole versioita. Merkitse versio (Tiedosto › Merkitse versio…), niin muutokset sen jälkeen voi näyttää täällä.</source>
        <translation>The workbook has no versions. Mark a version (File › Mark version…) and the changes after it can be shown here.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="158"/>
        <source>Tehdään muutosraporttia…</source>
        <translation>Making the change report…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="160"/>
        <source>Peruttu.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="173"/>
        <source>Valmis: %n sivua.</source>
        <translation>
            <numerusform>Done: %n page.</numerusform>
            <numerusform>Done: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="187"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="189"/>
        <source>Tallennettu: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="194"/>
        <source>Muutokset</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="195"/>
        <source>Tallenna PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="197"/>
        <source>PDF-asiakirja (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VersionsFlow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/versions.py" line="37"/>
        <source>Me&amp;rkitse versio…</source>
        <extracomment>A version was marked (the window shows it in the history).</extracomment>
        <translation>Mark &amp;version…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/versions.py" line="38"/>
        <source>Versiot &amp;ja muutokset…</source>
        <translation>Versions and c&amp;hanges…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/versions.py" line="58"/>
        <source>Versio merkitty: %1</source>
        <translation>Version marked: %1</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="14"/>
        <source>Yhteiset osa-alueet</source>
        <translation>Common areas</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="15"/>
        <source>Yhdyspintakohtaiset osa-alueet</source>
        <translation>Interface-specific areas</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="16"/>
        <source>Alueen erityispiirteisiin liittyvät osa-alueet</source>
        <translation>Areas related to the region&apos;s special features</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="17"/>
        <source>Lainsäädännön asettamat vähimmäisvaatimukset</source>
        <translation>Minimum requirements set by legislation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="18"/>
        <source>Yhteisessä valmistelussa tunnistetut yhteistyön painopisteet</source>
        <translation>Cooperation priorities identified in joint preparation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="19"/>
        <source>kunta</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="20"/>
        <source>kaupunki</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="21"/>
        <source>hyvinvointialue</source>
        <translation>wellbeing services county</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="22"/>
        <source>maakunnan liitto</source>
        <translation>regional council</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="23"/>
        <source>muu organisaatio</source>
        <translation>other organisation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="24"/>
        <source>koollekutsuja</source>
        <translation>convener</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="25"/>
        <source>puheenjohtaja</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="26"/>
        <source>vastuutaho</source>
        <translation>responsible party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="27"/>
        <source>osallistuja</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="28"/>
        <source>varapuheenjohtaja</source>
        <translation>vice chair</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="29"/>
        <source>sihteeri</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="30"/>
        <source>jäsen</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="31"/>
        <source>kyllä/ei</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="32"/>
        <source>luku</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="33"/>
        <source>lukumäärä vuodessa</source>
        <translation>count per year</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="34"/>
        <source>teksti</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="35"/>
        <source>ei aloitettu</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="36"/>
        <source>käynnissä</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="37"/>
        <source>toteutunut</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="38"/>
        <source>viivästynyt</source>
        <translation>delayed</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="39"/>
        <source>keskeytetty</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="40"/>
        <source>luonnos</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="41"/>
        <source>hyväksytty</source>
        <translation>approved</translation>
    </message>
</context>
<context>
    <name>WorkbookDocument</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/document.py" line="66"/>
        <source>Työkirja on avattu vain luettavaksi.</source>
        <extracomment>A change found its record deleted, or another user&apos;s entry saved meanwhile (on the server): what the window shows is out of date.</extracomment>
        <translation>The workbook is open read-only.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/document.py" line="76"/>
        <source>Muutosta ei tallennettu: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
</context>
<context>
    <name>WorkbookTreeModel</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="117"/>
        <source>vähimmäisvaatimus</source>
        <translation>legal minimum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="117"/>
        <source>painopiste</source>
        <translation>priority</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="121"/>
        <source>Yhteinen toimenpide: palvelee myös %n muuta tavoitetta</source>
        <translation>
            <numerusform>Shared action: also serves %n other goal</numerusform>
            <numerusform>Shared action: also serves %n other goals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="185"/>
        <source>Osa-alueet, tavoitteet ja toimenpiteet</source>
        <translation>Areas, goals and actions</translation>
    </message>
</context>
<context>
    <name>WorkbookView</name>
    <message>
        <location filename="../../forms/main_window.ui" line="28"/>
        <source>&amp;Rakenne</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="41"/>
        <source>Työkirjan rakenne</source>
        <translation>Workbook structure</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="56"/>
        <source>Valitse vasemmalta osa-alue, tavoite, toimenpide tai muu kohde muokataksesi sitä.</source>
        <translation>Select an area, goal, action or other item on the left to edit it.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/worker.py" line="111"/>
        <source>Peruuta</source>
        <extracomment>QProgressDialog&apos;s own show delay, out of reach (about 24 days): only our timer shows it. At most this often a progress report crosses to the GUI thread. A job may report every row; each report runs QProgressDialog.setValue there, which for a modal dialog processes events, so thousands of them kept the window busy for most of a second.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/worker.py" line="117"/>
        <source>Perutaan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/worker.py" line="166"/>
        <source>Peruttu.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>action_editor</name>
    <message>
        <location filename="../../forms/action_editor.ui" line="5"/>
        <location filename="../../forms/action_editor.ui" line="10"/>
        <location filename="../../forms/action_editor.ui" line="22"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="16"/>
        <source>Toimenpi&amp;de:</source>
        <translation>Ac&amp;tion:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="27"/>
        <source>K&amp;uvaus:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="33"/>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="38"/>
        <source>&amp;Aikataulu:</source>
        <translation>S&amp;chedule:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="44"/>
        <source>Aikataulu</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="49"/>
        <source>R&amp;esurssit:</source>
        <translation>&amp;Resources:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="55"/>
        <source>Resurssit</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="60"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="66"/>
        <source>Huomioitavaa</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="71"/>
        <source>&amp;Palvelee tavoitteita:</source>
        <translation>Serves &amp;goals:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="77"/>
        <source>Palvelee tavoitteita</source>
        <translation>Serves goals</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="82"/>
        <source>&amp;Vastuutahot:</source>
        <translation>Responsible &amp;parties:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="88"/>
        <source>Vastuutahot</source>
        <translation>Responsible parties</translation>
    </message>
</context>
<context>
    <name>agenda_item_editor</name>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="5"/>
        <location filename="../../forms/agenda_item_editor.ui" line="10"/>
        <source>Asiakohta</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="16"/>
        <source>&amp;Otsikko:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="22"/>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="27"/>
        <source>&amp;Esittelijä:</source>
        <translation>&amp;Presenter:</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="33"/>
        <source>Esittelijä</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="38"/>
        <source>&amp;Ehdotus:</source>
        <translation>Pr&amp;oposal:</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="44"/>
        <source>Ehdotus</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="49"/>
        <source>&amp;Käsiteltävät kohdat:</source>
        <translation>&amp;Items covered:</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="55"/>
        <source>Käsiteltävät kohdat</source>
        <translation>Items covered</translation>
    </message>
</context>
<context>
    <name>area_editor</name>
    <message>
        <location filename="../../forms/area_editor.ui" line="5"/>
        <location filename="../../forms/area_editor.ui" line="10"/>
        <source>Osa-alue</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="16"/>
        <source>N&amp;imi:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="27"/>
        <source>R&amp;yhmä:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="33"/>
        <source>Ryhmä</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="38"/>
        <source>K&amp;uvaus:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="44"/>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="55"/>
        <source>&amp;Valittu työkirjaan</source>
        <translation>Selected for the wor&amp;kbook</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="55"/>
        <source>Valittu työkirjaan</source>
        <translation>Selected for the workbook</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="60"/>
        <source>Vastuuh&amp;enkilöt:</source>
        <translation>&amp;Responsible persons:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="66"/>
        <source>Vastuuhenkilöt</source>
        <translation>Responsible persons</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="71"/>
        <source>V&amp;almistelijat:</source>
        <translation>&amp;Preparers:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="77"/>
        <source>Valmistelijat</source>
        <translation>Preparers</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="82"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="88"/>
        <source>Huomioitavaa</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>forum_editor</name>
    <message>
        <location filename="../../forms/forum_editor.ui" line="5"/>
        <location filename="../../forms/forum_editor.ui" line="10"/>
        <source>Yhteistyöfoorumi</source>
        <translation>Cooperation forum</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="16"/>
        <source>T&amp;aso (1–4):</source>
        <translation>&amp;Level (1–4):</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="22"/>
        <source>Taso (1–4)</source>
        <translation>Level (1–4)</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="27"/>
        <source>N&amp;imi:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="33"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="38"/>
        <source>K&amp;uvaus:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="44"/>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>goal_editor</name>
    <message>
        <location filename="../../forms/goal_editor.ui" line="5"/>
        <location filename="../../forms/goal_editor.ui" line="10"/>
        <location filename="../../forms/goal_editor.ui" line="22"/>
        <source>Tavoite</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="16"/>
        <source>Ta&amp;voite:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="27"/>
        <source>T&amp;aso:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="33"/>
        <source>Kumpaan tasoon tavoite kuuluu: lain vähimmäisvaatimus vai yhdessä sovittu painopiste</source>
        <translation>Which layer the goal belongs to: a legal minimum requirement or a jointly agreed priority</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="33"/>
        <source>Tavoitteet kirjataan kahteen tasoon. Lainsäädännön asettamat vähimmäisvaatimukset ovat sitä, mitä laki edellyttää osapuolten yhteistyöltä joka tapauksessa. Yhteisessä valmistelussa tunnistetut painopisteet ovat sitä, mitä alueen osapuolet ovat yhdessä päättäneet tehdä sen lisäksi.</source>
        <translation>Goals are recorded in two layers. The minimum requirements set by legislation are what the law requires of the parties&apos; cooperation in any case. The priorities identified in the joint preparation are what the region&apos;s parties have decided together to do beyond that.</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="34"/>
        <source>Taso</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="39"/>
        <source>K&amp;uvaus:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="45"/>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="50"/>
        <source>R&amp;esurssit:</source>
        <translation>&amp;Resources:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="56"/>
        <source>Resurssit</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="61"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="67"/>
        <source>Huomioitavaa</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="72"/>
        <source>&amp;Lakiperusta:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="78"/>
        <source>Lakiperusta</source>
        <translation>Legal basis</translation>
    </message>
</context>
<context>
    <name>indicator_editor</name>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="5"/>
        <location filename="../../forms/indicator_editor.ui" line="10"/>
        <location filename="../../forms/indicator_editor.ui" line="33"/>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="16"/>
        <source>Kohde:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="22"/>
        <source>Kohde</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="27"/>
        <source>M&amp;ittari:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="38"/>
        <source>&amp;Laji:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="44"/>
        <source>Laji</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="49"/>
        <source>&amp;Yksikkö:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="55"/>
        <source>Yksikkö</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="66"/>
        <source>Lähtötaso</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="60"/>
        <source>Lähtöt&amp;aso:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="71"/>
        <source>Lähtötason v&amp;uosi:</source>
        <translation>Baseline &amp;year:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="77"/>
        <source>Lähtötason vuosi</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="82"/>
        <source>Tavoit&amp;etaso:</source>
        <translation>Ta&amp;rget:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="88"/>
        <source>Tavoitetaso</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="93"/>
        <source>Tavoite&amp;vuosi:</source>
        <translation>Target ye&amp;ar:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="99"/>
        <source>Tavoitevuosi</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="104"/>
        <source>Tietolä&amp;hteen tunnus (Sotkanet):</source>
        <translation>&amp;Data source ID (Sotkanet):</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="110"/>
        <source>Sotkanetin indikaattorin numero, esim. 1234 tai sotkanet:1234</source>
        <translation>The Sotkanet indicator&apos;s number, e.g. 1234 or sotkanet:1234</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="110"/>
        <source>Jos mittarin arvot tulevat THL:n Sotkanetista, kirjoita tähän indikaattorin numero (esimerkiksi 1234 tai sotkanet:1234). Silloin vuosien arvot voi tuoda ladatusta CSV-tiedostosta kohdasta Tiedosto › Tuo Sotkanet-tiedot… Muuten jätä tyhjäksi.</source>
        <translation>If the indicator&apos;s values come from THL&apos;s Sotkanet, type the indicator&apos;s number here (for example 1234 or sotkanet:1234). The yearly values can then be imported from a downloaded CSV file with File › Import Sotkanet Data… Otherwise leave it empty.</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="111"/>
        <source>Tietolähteen tunnus (Sotkanet)</source>
        <translation>Data source ID (Sotkanet)</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="122"/>
        <source>Arvo kirjataan jokaiselle osapuolelle erikseen</source>
        <translation>The value is recorded for each party separately</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="122"/>
        <source>Kun valittu, mittarin arvo kirjataan seurannassa jokaiselle kunnalle tai muulle osapuolelle erikseen. Kun ei valittu, arvo on yksi koko alueelle.</source>
        <translation>When checked, the indicator&apos;s value is recorded in the follow-up for each municipality or other party separately. When not checked, there is one value for the whole region.</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="123"/>
        <source>Seurataan osa&amp;puolittain</source>
        <translation>Tracked by &amp;party</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="123"/>
        <source>Seurataan osapuolittain</source>
        <translation>Tracked by party</translation>
    </message>
</context>
<context>
    <name>legal_reference_editor</name>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="5"/>
        <location filename="../../forms/legal_reference_editor.ui" line="10"/>
        <source>Lakiperusta</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="16"/>
        <source>&amp;Laki (numero):</source>
        <translation>&amp;Law (number):</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="22"/>
        <source>Laki (numero)</source>
        <translation>Law (number)</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="27"/>
        <source>L&amp;ain nimi:</source>
        <translation>&amp;Name of law:</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="33"/>
        <source>Lain nimi</source>
        <translation>Name of law</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="38"/>
        <source>&amp;Pykälä:</source>
        <translation>Se&amp;ction:</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="44"/>
        <source>Pykälä</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="49"/>
        <source>K&amp;uvaus:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="55"/>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>meeting_editor</name>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="5"/>
        <location filename="../../forms/meeting_editor.ui" line="10"/>
        <source>Kokous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="16"/>
        <source>Ots&amp;ikko:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="22"/>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="27"/>
        <source>&amp;Foorumi:</source>
        <translation>Fo&amp;rum:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="33"/>
        <source>Foorumi</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="38"/>
        <source>&amp;Aika:</source>
        <translation>Ti&amp;me:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="44"/>
        <source>d.M.yyyy H.mm</source>
        <translation>d.M.yyyy H.mm</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="44"/>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="49"/>
        <source>&amp;Paikka:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="55"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="60"/>
        <source>Osallistu&amp;jat:</source>
        <translation>Parti&amp;cipants:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="66"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="71"/>
        <source>&amp;Esityslista:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="77"/>
        <source>Esityslista</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="60"/>
        <source>&amp;Versio:</source>
        <translation>Meetin&amp;g version:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="66"/>
        <source>Versio</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="67"/>
        <source>Kokouksessa voimassa ollut nimetty versio; seuraavan kokouksen moniste kertoo muutokset siitä alkaen</source>
        <translation>The named version current at the meeting; the next meeting&apos;s handout reports the changes since it</translation>
    </message>
</context>
<context>
    <name>party_editor</name>
    <message>
        <location filename="../../forms/party_editor.ui" line="5"/>
        <location filename="../../forms/party_editor.ui" line="10"/>
        <source>Osapuoli</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="16"/>
        <source>N&amp;imi:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="27"/>
        <source>&amp;Lyhyt nimi:</source>
        <translation>Sho&amp;rt name:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="33"/>
        <source>Lyhyt nimi</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="38"/>
        <source>La&amp;ji:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="44"/>
        <source>Laji</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="49"/>
        <source>&amp;Y-tunnus:</source>
        <translation>&amp;Business ID:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="55"/>
        <source>Y-tunnus</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="60"/>
        <source>Kat&amp;uosoite:</source>
        <translation>Street &amp;address:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="66"/>
        <source>Katuosoite</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="71"/>
        <source>&amp;Postinumero:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="77"/>
        <source>Postinumero</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="82"/>
        <source>Postitoimip&amp;aikka:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="88"/>
        <source>Postitoimipaikka</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>person_editor</name>
    <message>
        <location filename="../../forms/person_editor.ui" line="5"/>
        <location filename="../../forms/person_editor.ui" line="10"/>
        <source>Henkilö</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="16"/>
        <source>N&amp;imi:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="27"/>
        <source>T&amp;ehtävänimike:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="33"/>
        <source>Tehtävänimike</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="38"/>
        <source>Or&amp;ganisaatio:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="44"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="49"/>
        <source>Sä&amp;hköposti:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="55"/>
        <source>Sähköposti</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="60"/>
        <source>&amp;Puhelin:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="66"/>
        <source>Puhelin</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="71"/>
        <source>Roo&amp;li työryhmässä:</source>
        <translation>&amp;Role in working group:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="77"/>
        <source>Henkilön tehtävä valmistelevassa työryhmässä</source>
        <translation>The person&apos;s task in the preparatory working group</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="77"/>
        <source>Henkilön rooli työryhmässä: puheenjohtaja, varapuheenjohtaja, sihteeri tai jäsen.</source>
        <translation>The person&apos;s role in the working group: chair, vice chair, secretary or member.</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="78"/>
        <source>Rooli työryhmässä</source>
        <translation>Role in working group</translation>
    </message>
</context>
</TS>
