<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="fi">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="341"/>
        <source>Osapuoli</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="341"/>
        <source>Rooli</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="342"/>
        <source>Nimetyt henkilöt</source>
        <translation>Namngivna personer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="346"/>
        <source>&amp;Lisää vastuutaho…</source>
        <translation>&amp;Lägg till ansvarig part…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="347"/>
        <source>P&amp;oista valitut vastuutahot</source>
        <translation>Ta b&amp;ort valda ansvariga parter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="389"/>
        <source>Liitä toimenpide tavoitteeseen</source>
        <translation>Koppla åtgärden till målet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="390"/>
        <source>Irrota toimenpide tavoitteesta</source>
        <translation>Koppla loss åtgärden från målet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="407"/>
        <source>Lisää vastuutaho %1</source>
        <translation>Lägg till ansvarig part %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="413"/>
        <source>Poista vastuutaho %1</source>
        <translation>Ta bort ansvarig part %1</translation>
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
        <translation type="unfinished">Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="714"/>
        <source>Mittarit</source>
        <translation type="unfinished">Indikatorer</translation>
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
        <translation>Koppla rättslig grund</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="325"/>
        <source>Irrota lakiperusta</source>
        <translation>Koppla loss rättslig grund</translation>
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
        <translation type="unfinished">Det gick inte att spara: %1</translation>
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
        <translation type="unfinished">&amp;Part:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="46"/>
        <source>&amp;Kieli:</source>
        <translation type="unfinished">&amp;Språk:</translation>
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
        <translation>arbetsbok</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="22"/>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="57"/>
        <source>osa-alue</source>
        <translation>delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="23"/>
        <source>tavoite</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="24"/>
        <source>toimenpide</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="25"/>
        <source>toimenpiteen tavoite</source>
        <translation>åtgärdens mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="26"/>
        <source>osapuoli</source>
        <translation>part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="27"/>
        <source>henkilö</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="28"/>
        <source>työryhmän jäsenyys</source>
        <translation>medlemskap i arbetsgruppen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="29"/>
        <source>vastuutaho</source>
        <translation>ansvarig part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="30"/>
        <source>nimetty henkilö</source>
        <translation>namngiven person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="31"/>
        <source>mittari</source>
        <translation>indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="32"/>
        <source>mittarin arvo</source>
        <translation>indikatorns värde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="33"/>
        <source>toimenpiteen tila</source>
        <translation>åtgärdens status</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="34"/>
        <source>lakiperusta</source>
        <translation>rättslig grund</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="35"/>
        <source>tavoitteen lakiperusta</source>
        <translation>målets rättsliga grund</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="36"/>
        <source>foorumi</source>
        <translation>forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="37"/>
        <source>kokous</source>
        <translation>möte</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="38"/>
        <source>osallistuja</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="39"/>
        <source>asiakohta</source>
        <translation>ärende</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="40"/>
        <source>asiakohdan linkki</source>
        <translation>ärendets länk</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="43"/>
        <source>lisäys</source>
        <translation>tillägg</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="44"/>
        <source>muutos</source>
        <translation>ändring</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="45"/>
        <source>poisto</source>
        <translation>borttagning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="46"/>
        <source>liitos</source>
        <translation>koppling</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="47"/>
        <source>irrotus</source>
        <translation>frånkoppling</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="50"/>
        <source>otsikko</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="50"/>
        <source>nimi</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="51"/>
        <source>kuvaus</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="52"/>
        <source>resurssit</source>
        <translation>resurser</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="53"/>
        <source>huomioitavaa</source>
        <translation>att beakta</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="54"/>
        <source>aikataulu</source>
        <translation>tidsplan</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="55"/>
        <source>järjestys</source>
        <translation>ordning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="56"/>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="75"/>
        <source>taso</source>
        <translation>nivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="56"/>
        <source>ryhmä</source>
        <translation>grupp</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="57"/>
        <source>laji</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="58"/>
        <source>y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="59"/>
        <source>lyhyt nimi</source>
        <translation>kort namn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="60"/>
        <source>katuosoite</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="61"/>
        <source>postinumero</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="62"/>
        <source>postitoimipaikka</source>
        <translation>postanstalt</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="63"/>
        <source>organisaatio</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="64"/>
        <source>rooli</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="64"/>
        <source>yksikkö</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="65"/>
        <source>lähtötaso</source>
        <translation>utgångsnivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="66"/>
        <source>lähtötason vuosi</source>
        <translation>utgångsnivåns år</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="67"/>
        <source>tavoitetaso</source>
        <translation>målnivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="68"/>
        <source>tavoitevuosi</source>
        <translation>målår</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="69"/>
        <source>tietolähde</source>
        <translation>datakälla</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="70"/>
        <source>osapuolittain</source>
        <translation>per part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="71"/>
        <source>tila</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="71"/>
        <source>kommentti</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="72"/>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="73"/>
        <source>arvo</source>
        <translation>värde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="74"/>
        <source>laki</source>
        <translation>lag</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="74"/>
        <source>lain nimi</source>
        <translation>lagens namn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="75"/>
        <source>pykälä</source>
        <translation>paragraf</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="76"/>
        <source>sähköposti</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="77"/>
        <source>puhelin</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="78"/>
        <source>valittu</source>
        <translation>vald</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="79"/>
        <source>vastuuhenkilöt</source>
        <translation>ansvarspersoner</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="80"/>
        <source>valmistelijat</source>
        <translation>beredare</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="81"/>
        <source>paikka</source>
        <translation>plats</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="81"/>
        <source>aika</source>
        <translation>tid</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="82"/>
        <source>ehdotus</source>
        <translation>förslag</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="83"/>
        <source>esittelijä</source>
        <translation>föredragande</translation>
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
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="87"/>
        <source>Aika</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="87"/>
        <source>Käyttäjä</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="88"/>
        <source>Muutos</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="88"/>
        <source>Kohde</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="89"/>
        <source>Kenttä</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="89"/>
        <source>Vanha arvo</source>
        <translation>Gammalt värde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="90"/>
        <source>Uusi arvo</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="90"/>
        <source>Lähde</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="93"/>
        <source>kyllä</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="93"/>
        <source>ei</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="196"/>
        <source>Vain &amp;valitun kohdan muutokset</source>
        <translation>Endast ändringar i det &amp;valda objektet</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="535"/>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="535"/>
        <source>Toimenpide</source>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="46"/>
        <source>Yhteistyö-työkirja (*.tyokirja)</source>
        <translation>Yhteistyö-arbetsbok (*.tyokirja)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Uusi Kuntaliiton pohjasta…</source>
        <translation>&amp;Ny från Kommunförbundets mall…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="219"/>
        <source>&amp;Avaa…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="220"/>
        <source>Tallenna &amp;nimellä…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Lopeta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Kumoa</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="224"/>
        <source>Uusi &amp;osa-alue</source>
        <translation>Nytt &amp;delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="225"/>
        <source>Uusi &amp;tavoite</source>
        <translation>Nytt &amp;mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="226"/>
        <source>Uusi toi&amp;menpide</source>
        <translation>Ny åtg&amp;ärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="228"/>
        <source>Uusi o&amp;sapuoli</source>
        <translation>Ny &amp;part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="229"/>
        <source>Uusi &amp;henkilö</source>
        <translation>Ny p&amp;erson</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="230"/>
        <source>Uusi &amp;lakiperusta</source>
        <translation>Ny &amp;rättslig grund</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="231"/>
        <source>Uusi &amp;foorumi</source>
        <translation>Nytt &amp;forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="237"/>
        <source>&amp;Poista</source>
        <translation>&amp;Ta bort</translation>
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
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="240"/>
        <source>Siirrä &amp;alas</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="241"/>
        <source>&amp;Etsi…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="242"/>
        <source>&amp;Muutoshistoria</source>
        <translation>&amp;Ändringshistorik</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="243"/>
        <source>A&amp;setukset…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="250"/>
        <source>Avaa &amp;viimeisimpiä</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="251"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="253"/>
        <source>&amp;Näytä</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="254"/>
        <source>Työkalut</source>
        <translation>Verktyg</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="255"/>
        <source>Muutoshistoria</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Rakenne</source>
        <translation>&amp;Struktur</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="290"/>
        <source>(ei viimeisimpiä tiedostoja)</source>
        <translation>(inga senaste filer)</translation>
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
        <translation>Arbetsboken används</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="317"/>
        <source>Työkirjaa %1 muokkaa parhaillaan %2.

Voit avata sen vain luettavaksi.</source>
        <translation>Arbetsboken %1 redigeras just nu av %2.

Du kan öppna den skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="323"/>
        <source>Avaa vain luettavaksi</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="383"/>
        <source>Toinen käyttäjä on ottanut työkirjan %1 muokattavakseen. Se avataan uudelleen vain luettavaksi.</source>
        <translation>En annan användare har börjat redigera arbetsboken %1. Den öppnas på nytt skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="408"/>
        <source> [vain luku]</source>
        <translation> [skrivskyddad]</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="412"/>
        <source>valtuustokausi %1</source>
        <translation>fullmäktigeperiod %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="414"/>
        <source>Vain luku: työkirja on toisen käyttäjän muokattavana, joten muokkaus on estetty.</source>
        <translation>Skrivskyddad: en annan användare redigerar arbetsboken, så du kan inte göra ändringar.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="610"/>
        <source>Uusi osa-alue</source>
        <translation>Nytt delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="616"/>
        <source>Valitse ensin osa-alue, johon tavoite tulee.</source>
        <translation>Välj först det delområde som målet ska höra till.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="618"/>
        <source>Uusi tavoite</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="625"/>
        <source>Valitse ensin tavoite, jota toimenpide palvelee.</source>
        <translation>Välj först det mål som åtgärden främjar.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="628"/>
        <source>Uusi toimenpide</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="634"/>
        <source>Valitse ensin tavoite tai toimenpide, jota mittari seuraa.</source>
        <translation>Välj först det mål eller den åtgärd som indikatorn följer upp.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="638"/>
        <source>Uusi mittari</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="642"/>
        <source>Uusi osapuoli</source>
        <translation>Ny part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="646"/>
        <source>Uusi henkilö</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="650"/>
        <source>Uusi lakiperusta</source>
        <translation>Ny rättslig grund</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="654"/>
        <source>Uusi foorumi</source>
        <translation>Nytt forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="660"/>
        <source>Uusi kokous</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="671"/>
        <source>Poista %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="673"/>
        <source>Poistettu: %1. Kumoa painamalla Ctrl+Z.</source>
        <translation>Borttaget: %1. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="681"/>
        <source>Irrota toimenpide tavoitteesta</source>
        <translation>Koppla loss åtgärden från målet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="704"/>
        <source>Siirrä</source>
        <translation>Flytta</translation>
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
        <translation>Öppna arbetsbok</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="903"/>
        <source>Tallenna työkirja nimellä</source>
        <translation>Spara arbetsboken som</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="918"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Det gick inte att spara: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="863"/>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="928"/>
        <source>Uuden työkirjan tiedosto</source>
        <translation>Fil för den nya arbetsboken</translation>
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
        <translation>Ange regionens namn.</translation>
    </message>
</context>
<context>
    <name>NewWorkbookForm</name>
    <message>
        <location filename="../../forms/new_workbook.ui" line="5"/>
        <source>Uusi työkirja Kuntaliiton pohjasta</source>
        <translation>Ny arbetsbok från Kommunförbundets mall</translation>
    </message>
    <message>
        <location filename="../../forms/new_workbook.ui" line="9"/>
        <source>Uuteen työkirjaan tulevat Kuntaliiton pohjan kolme ryhmää ja kymmenen osa-aluetta ilman tavoitteita.</source>
        <translation>Den nya arbetsboken får de tre grupperna och tio delområdena i Kommunförbundets mall, utan mål.</translation>
    </message>
    <message>
        <location filename="../../forms/new_workbook.ui" line="17"/>
        <source>&amp;Alue:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../forms/new_workbook.ui" line="23"/>
        <source>esim. Keski-Suomi</source>
        <translation>t.ex. Mellersta Finland</translation>
    </message>
    <message>
        <location filename="../../forms/new_workbook.ui" line="28"/>
        <source>&amp;Valtuustokausi alkaa:</source>
        <translation>&amp;Fullmäktigeperioden börjar:</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="490"/>
        <source>(ei työryhmän jäsen)</source>
        <translation>(inte medlem i arbetsgruppen)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="498"/>
        <source>(ei organisaatiota)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="516"/>
        <source>Lisää %1 työryhmään</source>
        <translation>Lägg till %1 i arbetsgruppen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="519"/>
        <source>Poista %1 työryhmästä</source>
        <translation>Ta bort %1 från arbetsgruppen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="521"/>
        <source>Muokkaa: rooli</source>
        <translation>Redigera: roll</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1016"/>
        <source>Tervetuloa Yhteistyöhön</source>
        <translation>Välkommen till Yhteistyö</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1017"/>
        <source>Kerro nimesi: se tallentuu muutoshistoriaan.</source>
        <translation>Ange ditt namn: det sparas i ändringshistoriken.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1027"/>
        <source>Anna nimesi; se näkyy muutoshistoriassa.</source>
        <translation>Ange ditt namn; det visas i ändringshistoriken.</translation>
    </message>
</context>
<context>
    <name>PreferencesForm</name>
    <message>
        <location filename="../../forms/preferences.ui" line="5"/>
        <source>Asetukset</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="9"/>
        <source>&amp;Nimesi:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="15"/>
        <source>Etunimi Sukunimi</source>
        <translation>Förnamn Efternamn</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="16"/>
        <source>Nimi näkyy muutoshistoriassa ja muille, kun työkirja on auki.</source>
        <translation>Namnet visas i ändringshistoriken och för andra när arbetsboken är öppen.</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="21"/>
        <source>&amp;Kieli:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="228"/>
        <source>Muokkaa: %1</source>
        <translation>Redigera: %1</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="174"/>
        <source>Suodata: kirjoita osa nimestä…</source>
        <translation>Filtrera: skriv en del av namnet…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="176"/>
        <source>Suodata taulukkoa</source>
        <translation>Filtrera tabellen</translation>
    </message>
</context>
<context>
    <name>ResponsibilityDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="422"/>
        <source>Lisää vastuutaho</source>
        <translation>Lägg till ansvarig part</translation>
    </message>
</context>
<context>
    <name>ResponsibilityForm</name>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="5"/>
        <source>Lisää vastuutaho</source>
        <translation>Lägg till ansvarig part</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="9"/>
        <source>&amp;Osapuoli:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="18"/>
        <source>&amp;Rooli:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="27"/>
        <source>&amp;Nimetyt henkilöt:</source>
        <translation>&amp;Namngivna personer:</translation>
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
        <translation type="unfinished">Ändring</translation>
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
        <translation>Delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1039"/>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1040"/>
        <source>Toimenpide</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1041"/>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1042"/>
        <source>Osapuoli</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1043"/>
        <source>Henkilö</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="1044"/>
        <source>Lakiperusta</source>
        <translation>Rättslig grund</translation>
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
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <location filename="../../forms/search_dialog.ui" line="5"/>
        <source>Etsi työkirjasta</source>
        <translation>Sök i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../forms/search_dialog.ui" line="9"/>
        <source>Etsi otsikoista, kuvauksista, osapuolista ja henkilöistä…</source>
        <translation>Sök i rubriker, beskrivningar, parter och personer…</translation>
    </message>
    <message>
        <location filename="../../forms/search_dialog.ui" line="11"/>
        <source>Hakusana</source>
        <translation>Sökord</translation>
    </message>
    <message>
        <location filename="../../forms/search_dialog.ui" line="19"/>
        <source>Hakutulokset</source>
        <translation>Sökresultat</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="47"/>
        <source>Toimenpiteet</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="48"/>
        <source>Toimenpide</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="50"/>
        <source>Vastuutahot</source>
        <translation>Ansvariga parter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="52"/>
        <source>Aikataulu</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="56"/>
        <source>Mittarit</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="57"/>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="58"/>
        <source>Kohde</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="59"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="67"/>
        <source>Laji</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="60"/>
        <source>Lähtötaso</source>
        <translation>Utgångsnivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="49"/>
        <source>Tavoitteet (kpl)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="61"/>
        <source>Tavoitetaso</source>
        <translation type="unfinished">Målnivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="62"/>
        <source>Lähde</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="65"/>
        <source>Osapuolet</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="66"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="73"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="88"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="94"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="68"/>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="69"/>
        <source>Osoite</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="72"/>
        <source>Henkilöt</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="74"/>
        <source>Tehtävä</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="75"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="76"/>
        <source>Työryhmä</source>
        <translation>Arbetsgrupp</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="80"/>
        <source>Kokoukset</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="81"/>
        <source>Aika</source>
        <translation type="unfinished">Tid</translation>
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
        <translation>Lag</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="89"/>
        <source>Pykälä</source>
        <translation>Paragraf</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="90"/>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="92"/>
        <source>Foorumit</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="93"/>
        <source>Taso</source>
        <translation>Nivå</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="14"/>
        <source>Yhteiset osa-alueet</source>
        <translation>Gemensamma delområden</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="15"/>
        <source>Yhdyspintakohtaiset osa-alueet</source>
        <translation>Gränsytespecifika delområden</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="16"/>
        <source>Alueen erityispiirteisiin liittyvät osa-alueet</source>
        <translation>Delområden som gäller regionens särdrag</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="17"/>
        <source>Lainsäädännön asettamat vähimmäisvaatimukset</source>
        <translation>Lagstiftningens minimikrav</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="18"/>
        <source>Yhteisessä valmistelussa tunnistetut yhteistyön painopisteet</source>
        <translation>Samarbetets tyngdpunkter som identifierats i den gemensamma beredningen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="19"/>
        <source>kunta</source>
        <translation>kommun</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="20"/>
        <source>kaupunki</source>
        <translation>stad</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="21"/>
        <source>hyvinvointialue</source>
        <translation>välfärdsområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="22"/>
        <source>maakunnan liitto</source>
        <translation>landskapsförbund</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="23"/>
        <source>muu organisaatio</source>
        <translation>annan organisation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="24"/>
        <source>koollekutsuja</source>
        <translation>sammankallare</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="25"/>
        <source>puheenjohtaja</source>
        <translation>ordförande</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="26"/>
        <source>vastuutaho</source>
        <translation>ansvarig part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="27"/>
        <source>osallistuja</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="28"/>
        <source>varapuheenjohtaja</source>
        <translation>vice ordförande</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="29"/>
        <source>sihteeri</source>
        <translation>sekreterare</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="30"/>
        <source>jäsen</source>
        <translation>medlem</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="31"/>
        <source>kyllä/ei</source>
        <translation>ja/nej</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="32"/>
        <source>luku</source>
        <translation>tal</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="33"/>
        <source>lukumäärä vuodessa</source>
        <translation>antal per år</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="34"/>
        <source>teksti</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="35"/>
        <source>ei aloitettu</source>
        <translation>inte påbörjad</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="36"/>
        <source>käynnissä</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="37"/>
        <source>toteutunut</source>
        <translation>genomförd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="38"/>
        <source>viivästynyt</source>
        <translation>försenad</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="39"/>
        <source>keskeytetty</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="40"/>
        <source>luonnos</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/labels.py" line="41"/>
        <source>hyväksytty</source>
        <translation>godkänd</translation>
    </message>
</context>
<context>
    <name>WorkbookDocument</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/document.py" line="57"/>
        <source>Työkirja on avattu vain luettavaksi.</source>
        <translation>Arbetsboken är öppnad skrivskyddad.</translation>
    </message>
</context>
<context>
    <name>WorkbookTreeModel</name>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="94"/>
        <source>Yhteinen toimenpide: palvelee myös %n muuta tavoitetta</source>
        <translation>
            <numerusform>Gemensam åtgärd: främjar även %n annat mål</numerusform>
            <numerusform>Gemensam åtgärd: främjar även %n andra mål</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="152"/>
        <source>Osa-alueet, tavoitteet ja toimenpiteet</source>
        <translation>Delområden, mål och åtgärder</translation>
    </message>
</context>
<context>
    <name>WorkbookView</name>
    <message>
        <location filename="../../forms/main_window.ui" line="28"/>
        <source>&amp;Rakenne</source>
        <translation>&amp;Struktur</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="41"/>
        <source>Työkirjan rakenne</source>
        <translation>Arbetsbokens struktur</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="56"/>
        <source>Valitse vasemmalta osa-alue, tavoite, toimenpide tai muu kohde muokataksesi sitä.</source>
        <translation>Välj ett delområde, ett mål, en åtgärd eller något annat objekt till vänster för att redigera det.</translation>
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
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="16"/>
        <source>&amp;Toimenpide:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="27"/>
        <source>&amp;Kuvaus:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="33"/>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="38"/>
        <source>&amp;Aikataulu:</source>
        <translation>&amp;Tidsplan:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="44"/>
        <source>Aikataulu</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="49"/>
        <source>&amp;Resurssit:</source>
        <translation>&amp;Resurser:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="55"/>
        <source>Resurssit</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="60"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>&amp;Att beakta:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="66"/>
        <source>Huomioitavaa</source>
        <translation>Att beakta</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="71"/>
        <source>&amp;Palvelee tavoitteita:</source>
        <translation>Främjar &amp;mål:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="77"/>
        <source>Palvelee tavoitteita</source>
        <translation>Främjar mål</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="82"/>
        <source>&amp;Vastuutahot:</source>
        <translation>A&amp;nsvariga parter:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="88"/>
        <source>Vastuutahot</source>
        <translation>Ansvariga parter</translation>
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
        <translation>Delområde</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="16"/>
        <source>&amp;Nimi:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="27"/>
        <source>&amp;Ryhmä:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="33"/>
        <source>Ryhmä</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="38"/>
        <source>&amp;Kuvaus:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="44"/>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="55"/>
        <source>&amp;Valittu työkirjaan</source>
        <translation>&amp;Vald till arbetsboken</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="55"/>
        <source>Valittu työkirjaan</source>
        <translation>Vald till arbetsboken</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="60"/>
        <source>Vastuuh&amp;enkilöt:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="66"/>
        <source>Vastuuhenkilöt</source>
        <translation>Ansvarspersoner</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="71"/>
        <source>Val&amp;mistelijat:</source>
        <translation>Be&amp;redare:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="77"/>
        <source>Valmistelijat</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="82"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>&amp;Att beakta:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="88"/>
        <source>Huomioitavaa</source>
        <translation>Att beakta</translation>
    </message>
</context>
<context>
    <name>forum_editor</name>
    <message>
        <location filename="../../forms/forum_editor.ui" line="5"/>
        <location filename="../../forms/forum_editor.ui" line="10"/>
        <source>Yhteistyöfoorumi</source>
        <translation>Samarbetsforum</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="16"/>
        <source>&amp;Taso (1–4):</source>
        <translation>Ni&amp;vå (1–4):</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="22"/>
        <source>Taso (1–4)</source>
        <translation>Nivå (1–4)</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="27"/>
        <source>&amp;Nimi:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="33"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="38"/>
        <source>&amp;Kuvaus:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="44"/>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>goal_editor</name>
    <message>
        <location filename="../../forms/goal_editor.ui" line="5"/>
        <location filename="../../forms/goal_editor.ui" line="10"/>
        <location filename="../../forms/goal_editor.ui" line="22"/>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="16"/>
        <source>&amp;Tavoite:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="27"/>
        <source>T&amp;aso:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="33"/>
        <source>Taso</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="38"/>
        <source>&amp;Kuvaus:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="44"/>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="49"/>
        <source>&amp;Resurssit:</source>
        <translation>&amp;Resurser:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="55"/>
        <source>Resurssit</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="60"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>&amp;Att beakta:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="66"/>
        <source>Huomioitavaa</source>
        <translation>Att beakta</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="71"/>
        <source>&amp;Lakiperusta:</source>
        <translation>Rättslig &amp;grund:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="77"/>
        <source>Lakiperusta</source>
        <translation>Rättslig grund</translation>
    </message>
</context>
<context>
    <name>indicator_editor</name>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="5"/>
        <location filename="../../forms/indicator_editor.ui" line="10"/>
        <location filename="../../forms/indicator_editor.ui" line="33"/>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="16"/>
        <source>Kohde:</source>
        <translation>Gäller:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="22"/>
        <source>Kohde</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="27"/>
        <source>&amp;Mittari:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="38"/>
        <source>&amp;Laji:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="44"/>
        <source>Laji</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="49"/>
        <source>&amp;Yksikkö:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="55"/>
        <source>Yksikkö</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="66"/>
        <source>Lähtötaso</source>
        <translation>Utgångsnivå</translation>
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
        <translation>Utgångsnivåns år</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="82"/>
        <source>&amp;Tavoitetaso:</source>
        <translation>Mål&amp;nivå:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="88"/>
        <source>Tavoitetaso</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="93"/>
        <source>Tavoite&amp;vuosi:</source>
        <translation>&amp;Målår:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="99"/>
        <source>Tavoitevuosi</source>
        <translation>Målår</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="104"/>
        <source>Tietolähteen tunnus (&amp;Sotkanet):</source>
        <translation>Datakällans kod (&amp;Sotkanet):</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="110"/>
        <source>Tietolähteen tunnus (Sotkanet)</source>
        <translation>Datakällans kod (Sotkanet)</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="121"/>
        <source>Seurataan &amp;osapuolittain</source>
        <translation>Följs upp &amp;per part</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="121"/>
        <source>Seurataan osapuolittain</source>
        <translation>Följs upp per part</translation>
    </message>
</context>
<context>
    <name>legal_reference_editor</name>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="5"/>
        <location filename="../../forms/legal_reference_editor.ui" line="10"/>
        <source>Lakiperusta</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="16"/>
        <source>&amp;Laki (numero):</source>
        <translation>&amp;Lag (nummer):</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="22"/>
        <source>Laki (numero)</source>
        <translation>Lag (nummer)</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="27"/>
        <source>Lain &amp;nimi:</source>
        <translation>Lagens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="33"/>
        <source>Lain nimi</source>
        <translation>Lagens namn</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="38"/>
        <source>&amp;Pykälä:</source>
        <translation>&amp;Paragraf:</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="44"/>
        <source>Pykälä</source>
        <translation>Paragraf</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="49"/>
        <source>&amp;Kuvaus:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../forms/legal_reference_editor.ui" line="55"/>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
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
        <translation type="unfinished">Tid</translation>
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
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="16"/>
        <source>&amp;Nimi:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="27"/>
        <source>&amp;Lyhyt nimi:</source>
        <translation>&amp;Kort namn:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="33"/>
        <source>Lyhyt nimi</source>
        <translation>Kort namn</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="38"/>
        <source>La&amp;ji:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="44"/>
        <source>Laji</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="49"/>
        <source>&amp;Y-tunnus:</source>
        <translation>&amp;FO-nummer:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="55"/>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="60"/>
        <source>Katu&amp;osoite:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="66"/>
        <source>Katuosoite</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="71"/>
        <source>&amp;Postinumero:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="77"/>
        <source>Postinumero</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="82"/>
        <source>Posti&amp;toimipaikka:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/party_editor.ui" line="88"/>
        <source>Postitoimipaikka</source>
        <translation>Postanstalt</translation>
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
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="27"/>
        <source>&amp;Tehtävänimike:</source>
        <translation>&amp;Befattning:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="33"/>
        <source>Tehtävänimike</source>
        <translation>Befattning</translation>
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
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="55"/>
        <source>Sähköposti</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="60"/>
        <source>&amp;Puhelin:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="66"/>
        <source>Puhelin</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="71"/>
        <source>&amp;Rooli työryhmässä:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="77"/>
        <source>Rooli työryhmässä</source>
        <translation>Roll i arbetsgruppen</translation>
    </message>
</context>
</TS>
