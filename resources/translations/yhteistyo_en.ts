<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fi">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="341"/>
        <source>Osapuoli</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="341"/>
        <source>Rooli</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="342"/>
        <source>Nimetyt henkilöt</source>
        <translation>Named persons</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="346"/>
        <source>&amp;Lisää vastuutaho…</source>
        <translation>&amp;Add responsible party…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="347"/>
        <source>P&amp;oista valitut vastuutahot</source>
        <translation>Re&amp;move selected responsible parties</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="389"/>
        <source>Liitä toimenpide tavoitteeseen</source>
        <translation>Link action to goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="390"/>
        <source>Irrota toimenpide tavoitteesta</source>
        <translation>Unlink action from goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="407"/>
        <source>Lisää vastuutaho %1</source>
        <translation>Add responsible party %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="413"/>
        <source>Poista vastuutaho %1</source>
        <translation>Remove responsible party %1</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="752"/>
        <source>Asiakohta</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>AgendaItemEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="693"/>
        <source>(ei esittelijää)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="706"/>
        <source>Osa-alueet ja tavoitteet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="711"/>
        <source>Toimenpiteet</source>
        <translation type="unfinished">Actions</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="714"/>
        <source>Mittarit</source>
        <translation type="unfinished">Indicators</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="726"/>
        <source>Muokkaa: esittelijä</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="737"/>
        <source>Liitä asiakohtaan</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="743"/>
        <source>Irrota asiakohdasta</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="325"/>
        <source>Liitä lakiperusta</source>
        <translation>Link legal basis</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="325"/>
        <source>Irrota lakiperusta</source>
        <translation>Unlink legal basis</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="31"/>
        <source>Kokouksen esityslista ja aineisto</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="32"/>
        <source>Koko työkirja (sopimuksen liite)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="33"/>
        <source>Vuosiseurannan raportti</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="34"/>
        <source>Osapuolen vastuut</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="110"/>
        <source>Työkirjassa ei ole kokouksia.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="125"/>
        <source>Tehdään PDF-asiakirjaa…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="127"/>
        <source>Peruttu.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="133"/>
        <source>Valmis: %n sivua.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="157"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation type="unfinished">Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="159"/>
        <source>Tallennettu: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="164"/>
        <source>Tallenna PDF</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="166"/>
        <source>PDF-asiakirja (*.pdf)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="190"/>
        <source>Tulostinta ei voitu käyttää.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HandoutForm</name>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="5"/>
        <source>Käsiteltävät asiakirjat ja tulostus</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="13"/>
        <source>&amp;Asiakirja:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="20"/>
        <source>&amp;Kokous:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="27"/>
        <source>&amp;Vuosi:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="39"/>
        <source>&amp;Osapuoli:</source>
        <translation type="unfinished">&amp;Party:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="46"/>
        <source>&amp;Kieli:</source>
        <translation type="unfinished">&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="53"/>
        <source>&amp;Esikatsele</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="54"/>
        <source>&amp;Tallenna PDF…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="55"/>
        <source>T&amp;ulosta…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="56"/>
        <source>Avaa PDF-&amp;katseluohjelmassa</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="77"/>
        <source>Esikatselu</source>
        <translation type="unfinished"/>
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
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="196"/>
        <source>Vain &amp;valitun kohdan muutokset</source>
        <translation>Only changes to the selected &amp;item</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="535"/>
        <source>Tavoite</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="535"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="46"/>
        <source>Yhteistyö-työkirja (*.tyokirja)</source>
        <translation>Yhteistyö workbook (*.tyokirja)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Uusi Kuntaliiton pohjasta…</source>
        <translation>&amp;New from Kuntaliitto Template…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="219"/>
        <source>&amp;Avaa…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="220"/>
        <source>Tallenna &amp;nimellä…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Lopeta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Kumoa</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="224"/>
        <source>Uusi &amp;osa-alue</source>
        <translation>New &amp;Area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="225"/>
        <source>Uusi &amp;tavoite</source>
        <translation>New &amp;Goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="226"/>
        <source>Uusi toi&amp;menpide</source>
        <translation>New Ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="228"/>
        <source>Uusi o&amp;sapuoli</source>
        <translation>New &amp;Party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="229"/>
        <source>Uusi &amp;henkilö</source>
        <translation>New P&amp;erson</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="230"/>
        <source>Uusi &amp;lakiperusta</source>
        <translation>New &amp;Legal Basis</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="231"/>
        <source>Uusi &amp;foorumi</source>
        <translation>New &amp;Forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="237"/>
        <source>&amp;Poista</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="223"/>
        <source>Tee uu&amp;delleen</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="227"/>
        <source>Uusi mittar&amp;i</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="232"/>
        <source>Uusi koko&amp;us</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Tulosta tai tee PDF…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="234"/>
        <source>&amp;Vie Excel…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="235"/>
        <source>Tuo &amp;palautettu Excel…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="236"/>
        <source>Tuo Excel &amp;uudeksi työkirjaksi…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="238"/>
        <source>I&amp;rrota toimenpide tästä tavoitteesta</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="239"/>
        <source>Siirrä &amp;ylös</source>
        <translation>&amp;Move Up</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="240"/>
        <source>Siirrä &amp;alas</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="241"/>
        <source>&amp;Etsi…</source>
        <translation>Fi&amp;nd…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="242"/>
        <source>&amp;Muutoshistoria</source>
        <translation>&amp;Change History</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="243"/>
        <source>A&amp;setukset…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="250"/>
        <source>Avaa &amp;viimeisimpiä</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="251"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="253"/>
        <source>&amp;Näytä</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="254"/>
        <source>Työkalut</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="255"/>
        <source>Muutoshistoria</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Rakenne</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="290"/>
        <source>(ei viimeisimpiä tiedostoja)</source>
        <translation>(no recent files)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="305"/>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="403"/>
        <source>Yhteistyö</source>
        <translation>Yhteistyö</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="316"/>
        <source>Työkirja on käytössä</source>
        <translation>Workbook in use</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="317"/>
        <source>Työkirjaa %1 muokkaa parhaillaan %2.

Voit avata sen vain luettavaksi.</source>
        <translation>Workbook %1 is currently being edited by %2.

You can open it read-only.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="323"/>
        <source>Avaa vain luettavaksi</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="383"/>
        <source>Toinen käyttäjä on ottanut työkirjan %1 muokattavakseen. Se avataan uudelleen vain luettavaksi.</source>
        <translation>Another user has started editing workbook %1. It will be reopened read-only.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="408"/>
        <source> [vain luku]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="412"/>
        <source>valtuustokausi %1</source>
        <translation>council term %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="414"/>
        <source>Vain luku: työkirja on toisen käyttäjän muokattavana, joten muokkaus on estetty.</source>
        <translation>Read-only: another user is editing the workbook, so editing is disabled.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="610"/>
        <source>Uusi osa-alue</source>
        <translation>New area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="616"/>
        <source>Valitse ensin osa-alue, johon tavoite tulee.</source>
        <translation>First select the area the goal belongs to.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="618"/>
        <source>Uusi tavoite</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="625"/>
        <source>Valitse ensin tavoite, jota toimenpide palvelee.</source>
        <translation>First select the goal the action serves.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="628"/>
        <source>Uusi toimenpide</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="634"/>
        <source>Valitse ensin tavoite tai toimenpide, jota mittari seuraa.</source>
        <translation>First select the goal or action the indicator tracks.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="638"/>
        <source>Uusi mittari</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="642"/>
        <source>Uusi osapuoli</source>
        <translation>New party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="646"/>
        <source>Uusi henkilö</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="650"/>
        <source>Uusi lakiperusta</source>
        <translation>New legal basis</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="654"/>
        <source>Uusi foorumi</source>
        <translation>New forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="660"/>
        <source>Uusi kokous</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="671"/>
        <source>Poista %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="673"/>
        <source>Poistettu: %1. Kumoa painamalla Ctrl+Z.</source>
        <translation>Deleted: %1. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="681"/>
        <source>Irrota toimenpide tavoitteesta</source>
        <translation>Unlink action from goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="704"/>
        <source>Siirrä</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="748"/>
        <source>Peruttu.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="760"/>
        <source>Vie Excel-tiedostoksi</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="761"/>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="787"/>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="859"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="777"/>
        <source>Viedään Excel-tiedostoksi…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="779"/>
        <source>Viety: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="785"/>
        <source>Tuo palautettu Excel</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="805"/>
        <source>Luetaan palautettua Excel-tiedostoa…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="812"/>
        <source>Ei muutoksia</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="813"/>
        <source>Tiedostossa %1 ei ole muutoksia työkirjaan.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="830"/>
        <source>Tallennetaan hyväksyttyjä muutoksia…</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="834"/>
        <source>%n muutosta hyväksyttiin tiedostosta %1.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="837"/>
        <source>Ohitettiin:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="839"/>
        <source>Muutokset tallennettu</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="858"/>
        <source>Tuo Excel uudeksi työkirjaksi</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="881"/>
        <source>Luetaan Excel-tiedostoa…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="885"/>
        <source>Tuonnin huomautukset</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="886"/>
        <source>Kaikkea tiedoston sisältöä ei voitu sijoittaa:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="895"/>
        <source>Avaa työkirja</source>
        <translation>Open workbook</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="903"/>
        <source>Tallenna työkirja nimellä</source>
        <translation>Save workbook as</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="918"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="863"/>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="928"/>
        <source>Uuden työkirjan tiedosto</source>
        <translation>File for the new workbook</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="577"/>
        <source>Nro</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="577"/>
        <source>Asiakohta</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="577"/>
        <source>Esittelijä</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="582"/>
        <source>Lisää &amp;asiakohta</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="583"/>
        <source>&amp;Muokkaa asiakohtaa…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="584"/>
        <source>Poista asiako&amp;hta</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="585"/>
        <source>Y&amp;lös</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="586"/>
        <source>A&amp;las</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="597"/>
        <source>(ei foorumia)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="629"/>
        <source>Muokkaa: foorumi</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="637"/>
        <source>Osallistujat</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="644"/>
        <source>Uusi asiakohta</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="659"/>
        <source>Poista asiakohta %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="669"/>
        <source>Siirrä asiakohtaa</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="995"/>
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
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="490"/>
        <source>(ei työryhmän jäsen)</source>
        <translation>(not a working group member)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="498"/>
        <source>(ei organisaatiota)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="516"/>
        <source>Lisää %1 työryhmään</source>
        <translation>Add %1 to the working group</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="519"/>
        <source>Poista %1 työryhmästä</source>
        <translation>Remove %1 from the working group</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="521"/>
        <source>Muokkaa: rooli</source>
        <translation>Edit: role</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1016"/>
        <source>Tervetuloa Yhteistyöhön</source>
        <translation>Welcome to Yhteistyö</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1017"/>
        <source>Kerro nimesi: se tallentuu muutoshistoriaan.</source>
        <translation>Enter your name: it is saved in the change history.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1027"/>
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
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="228"/>
        <source>Muokkaa: %1</source>
        <translation>Edit: %1</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="174"/>
        <source>Suodata: kirjoita osa nimestä…</source>
        <translation>Filter: type part of a name…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="176"/>
        <source>Suodata taulukkoa</source>
        <translation>Filter table</translation>
    </message>
</context>
<context>
    <name>ResponsibilityDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="422"/>
        <source>Lisää vastuutaho</source>
        <translation>Add responsible party</translation>
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
        <location filename="../../forms/responsibility_dialog.ui" line="27"/>
        <source>&amp;Nimetyt henkilöt:</source>
        <translation>&amp;Named persons:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="54"/>
        <source>&amp;Hyväksy valitut</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="59"/>
        <source>%n muutosta, joista ristiriitoja: %1. Valitse hyväksyttävät; valitsematta jääneet hylätään.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="68"/>
        <source>(muut tiedot)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="74"/>
        <source>RISTIRIITA: </source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../forms/review_dialog.ui" line="5"/>
        <source>Palautetun Excel-kopion muutokset</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="18"/>
        <source>Muutokset</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="19"/>
        <source>Muutos</source>
        <translation type="unfinished">Change</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="20"/>
        <source>Työkirjassa nyt</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="21"/>
        <source>Palautetussa kopiossa</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="22"/>
        <source>Solu</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="27"/>
        <source>&amp;Valitse kaikki paitsi ristiriidat</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="28"/>
        <source>&amp;Tyhjennä valinnat</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="35"/>
        <source>Ei huomautuksia tiedostosta.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="36"/>
        <source>Huomautukset tiedostosta</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1038"/>
        <source>Osa-alue</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1039"/>
        <source>Tavoite</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1040"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1041"/>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1042"/>
        <source>Osapuoli</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1043"/>
        <source>Henkilö</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1044"/>
        <source>Lakiperusta</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1045"/>
        <source>Foorumi</source>
        <translation>Forum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1073"/>
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
    <name>Tables</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="47"/>
        <source>Toimenpiteet</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="48"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="50"/>
        <source>Vastuutahot</source>
        <translation>Responsible parties</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="52"/>
        <source>Aikataulu</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="56"/>
        <source>Mittarit</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="57"/>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="58"/>
        <source>Kohde</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="59"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="67"/>
        <source>Laji</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="60"/>
        <source>Lähtötaso</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="49"/>
        <source>Tavoitteet (kpl)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="61"/>
        <source>Tavoitetaso</source>
        <translation type="unfinished">Target</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="62"/>
        <source>Lähde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="65"/>
        <source>Osapuolet</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="66"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="73"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="88"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="94"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="68"/>
        <source>Y-tunnus</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="69"/>
        <source>Osoite</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="72"/>
        <source>Henkilöt</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="74"/>
        <source>Tehtävä</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="75"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="76"/>
        <source>Työryhmä</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="80"/>
        <source>Kokoukset</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="81"/>
        <source>Aika</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="82"/>
        <source>Kokous</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="83"/>
        <source>Foorumi</source>
        <translation type="unfinished">Forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="84"/>
        <source>Paikka</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="86"/>
        <source>Lakiperustat</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="87"/>
        <source>Laki</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="89"/>
        <source>Pykälä</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="90"/>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="92"/>
        <source>Foorumit</source>
        <translation>Forums</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="93"/>
        <source>Taso</source>
        <translation>Level</translation>
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
        <location filename="../../src/yhteistyo_desktop/ui/document.py" line="57"/>
        <source>Työkirja on avattu vain luettavaksi.</source>
        <translation>The workbook is open read-only.</translation>
    </message>
</context>
<context>
    <name>WorkbookTreeModel</name>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="94"/>
        <source>Yhteinen toimenpide: palvelee myös %n muuta tavoitetta</source>
        <translation>
            <numerusform>Shared action: also serves %n other goal</numerusform>
            <numerusform>Shared action: also serves %n other goals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="152"/>
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
        <location filename="../../src/yhteistyo_desktop/ui/worker.py" line="59"/>
        <source>Peruuta</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/worker.py" line="65"/>
        <source>Perutaan…</source>
        <translation type="unfinished"/>
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
        <source>&amp;Toimenpide:</source>
        <translation>Ac&amp;tion:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="27"/>
        <source>&amp;Kuvaus:</source>
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
        <translation>&amp;Schedule:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="44"/>
        <source>Aikataulu</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="49"/>
        <source>&amp;Resurssit:</source>
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
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="16"/>
        <source>&amp;Otsikko:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="22"/>
        <source>Otsikko</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="27"/>
        <source>&amp;Esittelijä:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="33"/>
        <source>Esittelijä</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="38"/>
        <source>&amp;Ehdotus:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="44"/>
        <source>Ehdotus</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="49"/>
        <source>&amp;Käsiteltävät kohdat:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="55"/>
        <source>Käsiteltävät kohdat</source>
        <translation type="unfinished"/>
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
        <source>&amp;Nimi:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="27"/>
        <source>&amp;Ryhmä:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="33"/>
        <source>Ryhmä</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="38"/>
        <source>&amp;Kuvaus:</source>
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
        <translation>&amp;Selected for the workbook</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="55"/>
        <source>Valittu työkirjaan</source>
        <translation>Selected for the workbook</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="60"/>
        <source>Vastuuh&amp;enkilöt:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="66"/>
        <source>Vastuuhenkilöt</source>
        <translation>Responsible persons</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="71"/>
        <source>Val&amp;mistelijat:</source>
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
        <translation>N&amp;otes:</translation>
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
        <source>&amp;Taso (1–4):</source>
        <translation>&amp;Level (1–4):</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="22"/>
        <source>Taso (1–4)</source>
        <translation>Level (1–4)</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="27"/>
        <source>&amp;Nimi:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="33"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="38"/>
        <source>&amp;Kuvaus:</source>
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
        <source>&amp;Tavoite:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="27"/>
        <source>T&amp;aso:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="33"/>
        <source>Taso</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="38"/>
        <source>&amp;Kuvaus:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="44"/>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="49"/>
        <source>&amp;Resurssit:</source>
        <translation>&amp;Resources:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="55"/>
        <source>Resurssit</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="60"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="66"/>
        <source>Huomioitavaa</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="71"/>
        <source>&amp;Lakiperusta:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="77"/>
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
        <source>&amp;Mittari:</source>
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
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="71"/>
        <source>Lähtötason v&amp;uosi:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="77"/>
        <source>Lähtötason vuosi</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="82"/>
        <source>&amp;Tavoitetaso:</source>
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
        <translation>Target y&amp;ear:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="99"/>
        <source>Tavoitevuosi</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="104"/>
        <source>Tietolähteen tunnus (&amp;Sotkanet):</source>
        <translation>Data source ID (&amp;Sotkanet):</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="110"/>
        <source>Tietolähteen tunnus (Sotkanet)</source>
        <translation>Data source ID (Sotkanet)</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="121"/>
        <source>Seurataan &amp;osapuolittain</source>
        <translation>Tracked by &amp;party</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="121"/>
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
        <source>Lain &amp;nimi:</source>
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
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="44"/>
        <source>Pykälä</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="49"/>
        <source>&amp;Kuvaus:</source>
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
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="16"/>
        <source>&amp;Otsikko:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="22"/>
        <source>Otsikko</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="27"/>
        <source>&amp;Foorumi:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="33"/>
        <source>Foorumi</source>
        <translation type="unfinished">Forum</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="38"/>
        <source>&amp;Aika:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="44"/>
        <source>d.M.yyyy H.mm</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="44"/>
        <source>Aika</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="49"/>
        <source>&amp;Paikka:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="55"/>
        <source>Paikka</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="60"/>
        <source>Osa&amp;llistujat:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="66"/>
        <source>Osallistujat</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="71"/>
        <source>&amp;Esityslista:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="77"/>
        <source>Esityslista</source>
        <translation type="unfinished"/>
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
        <source>&amp;Nimi:</source>
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
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="33"/>
        <source>Lyhyt nimi</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="38"/>
        <source>La&amp;ji:</source>
        <translation type="unfinished"/>
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
        <source>Katu&amp;osoite:</source>
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
        <source>Posti&amp;toimipaikka:</source>
        <translation type="unfinished"/>
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
        <source>&amp;Nimi:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="27"/>
        <source>&amp;Tehtävänimike:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="33"/>
        <source>Tehtävänimike</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="38"/>
        <source>&amp;Organisaatio:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="44"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="49"/>
        <source>&amp;Sähköposti:</source>
        <translation>&amp;Email:</translation>
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
        <source>&amp;Rooli työryhmässä:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="77"/>
        <source>Rooli työryhmässä</source>
        <translation>Role in working group</translation>
    </message>
</context>
</TS>
