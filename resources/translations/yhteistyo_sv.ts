<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="fi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="126"/>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="143"/>
        <source>Tietoja ohjelmasta</source>
        <translation>Om programmet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="131"/>
        <source>Alueen yhteistyösopimuksen strategisten tavoitteiden työkirja.</source>
        <translation>Arbetsboken för de strategiska målen i regionens samarbetsavtal.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="132"/>
        <source>Ohjelman versio: %1</source>
        <translation>Programversion: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="133"/>
        <source>Työkirjan tiedostomuoto: versio %1</source>
        <translation>Arbetsbokens filformat: version %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="134"/>
        <source>Datakansio: %1</source>
        <translation>Datamapp: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="135"/>
        <source>Asetuskansio: %1</source>
        <translation>Inställningsmapp: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="136"/>
        <source>Lisenssi: %1 (European Union Public Licence)</source>
        <translation>Licens: %1 (European Union Public Licence)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="138"/>
        <source>Kolmannen osapuolen osat</source>
        <translation>Komponenter från tredje part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="139"/>
        <source>Osa</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="139"/>
        <source>Versio</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="139"/>
        <source>Lisenssi</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="140"/>
        <source>Lisenssien tekstit ovat ohjelmakansion licenses-kansiossa. Qt ja PySide6 ovat LGPLv3-lisensoituja: niiden kirjastot voi korvata omilla versioillaan (ohje: licenses/Qt-LGPL-NOTICE.txt).</source>
        <translation>Licenstexterna finns i programmappens mapp licenses. Qt och PySide6 är licensierade under LGPLv3: deras bibliotek kan ersättas med egna versioner (anvisning: licenses/Qt-LGPL-NOTICE.txt).</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="462"/>
        <source>Osapuoli</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="462"/>
        <source>Rooli</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="463"/>
        <source>Nimetyt henkilöt</source>
        <translation>Namngivna personer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="467"/>
        <source>&amp;Lisää vastuutaho…</source>
        <translation>&amp;Lägg till ansvarig part…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="468"/>
        <source>Po&amp;ista valitut vastuutahot</source>
        <translation>Ta b&amp;ort valda ansvariga parter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="471"/>
        <source>Muokkaa vastuutahon roolia ja henkilöitä kaksoisnapsauttamalla tai Enterillä</source>
        <translation>Ändra den ansvariga partens roll och personer genom att dubbelklicka eller trycka på Enter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="514"/>
        <source>Liitä toimenpide tavoitteeseen</source>
        <translation>Koppla åtgärden till målet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="515"/>
        <source>Irrota toimenpide tavoitteesta</source>
        <translation>Koppla loss åtgärden från målet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="538"/>
        <source>Muokkaa vastuutahoa %1</source>
        <translation>Ändra ansvarig part %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="542"/>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="547"/>
        <source>Lisää vastuutaho %1</source>
        <translation>Lägg till ansvarig part %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="558"/>
        <source>Poista vastuutaho %1</source>
        <translation>Ta bort ansvarig part %1</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="960"/>
        <source>Asiakohta</source>
        <translation>Ärende</translation>
    </message>
</context>
<context>
    <name>AgendaItemEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="901"/>
        <source>(ei esittelijää)</source>
        <translation>(ingen föredragande)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="914"/>
        <source>Osa-alueet ja tavoitteet</source>
        <translation>Delområden och mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="919"/>
        <source>Toimenpiteet</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="922"/>
        <source>Mittarit</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="934"/>
        <source>Muokkaa: esittelijä</source>
        <translation>Redigera: föredragande</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="945"/>
        <source>Liitä asiakohtaan</source>
        <translation>Koppla till ärendet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="951"/>
        <source>Irrota asiakohdasta</source>
        <translation>Koppla loss från ärendet</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="52"/>
        <source>Tehty uudelleen</source>
        <translation>Gjort om</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="55"/>
        <source>Kumottu</source>
        <translation>Ångrat</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="102"/>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="201"/>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="264"/>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="262"/>
        <source>Kohde on poistettu.</source>
        <translation>Objektet har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="156"/>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="177"/>
        <source>Kohde on jo poistettu.</source>
        <translation>Objektet har redan tagits bort.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="234"/>
        <source>Linkkiä ei enää ole.</source>
        <translation>Länken finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="337"/>
        <source>Toimenpide on poistettu.</source>
        <translation>Åtgärden har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/commands.py" line="368"/>
        <source>Mittari tai osapuoli on poistettu.</source>
        <translation>Indikatorn eller parten har tagits bort.</translation>
    </message>
</context>
<context>
    <name>DocumentFlow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="93"/>
        <source>Avaa työkirja</source>
        <translation>Öppna arbetsbok</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="61"/>
        <source>Avaa vain luettavaksi</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="103"/>
        <source>Tallenna työkirja nimellä</source>
        <translation>Spara arbetsboken som</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="119"/>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="122"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Det gick inte att spara: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="46"/>
        <source>Toinen käyttäjä on ottanut työkirjan %1 muokattavakseen. Se avataan uudelleen vain luettavaksi.</source>
        <translation>En annan användare har börjat redigera arbetsboken %1. Den öppnas på nytt skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="70"/>
        <source>Työkirja on käytössä</source>
        <translation>Arbetsboken används</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="71"/>
        <source>Työkirjaa %1 muokkaa parhaillaan %2.

Voit avata sen vain luettavaksi.</source>
        <translation>Arbetsboken %1 redigeras just nu av %2.

Du kan öppna den skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/document.py" line="135"/>
        <source>Uuden työkirjan tiedosto</source>
        <translation>Fil för den nya arbetsboken</translation>
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
        <translation>Filen %1 kan inte användas: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/error_report.py" line="63"/>
        <source>Sovelluksessa tapahtui odottamaton virhe, eikä viimeisin toiminto ehkä onnistunut.</source>
        <extracomment>The message box shown last (tests read it).</extracomment>
        <translation>Ett oväntat fel inträffade i programmet, och den senaste åtgärden lyckades kanske inte.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/error_report.py" line="67"/>
        <source>Virheen tiedot tallennettiin tiedostoon %1.</source>
        <translation>Felets detaljer sparades i filen %1.</translation>
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
        <translation>Hoppades över:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="112"/>
        <source>%n muutosta hyväksyttiin tiedostosta %1.</source>
        <translation>
            <numerusform>%n ändring från filen %1 godkändes.</numerusform>
            <numerusform>%n ändringar från filen %1 godkändes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="98"/>
        <source>Ei muutoksia</source>
        <translation>Inga ändringar</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="37"/>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="71"/>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="119"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="156"/>
        <source>Kaikkea tiedoston sisältöä ei voitu sijoittaa:</source>
        <translation>Allt innehåll i filen kunde inte placeras:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="148"/>
        <source>Luetaan Excel-tiedostoa…</source>
        <translation>Läser Excel-filen…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="89"/>
        <source>Luetaan palautettua Excel-tiedostoa…</source>
        <translation>Läser den returnerade Excel-filen…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="114"/>
        <source>Muutokset tallennettu</source>
        <translation>Ändringarna har sparats</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="99"/>
        <source>Tiedostossa %1 ei ole muutoksia työkirjaan.</source>
        <translation>Filen %1 innehåller inga ändringar i arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="165"/>
        <source>Tiedostosta %1 puuttuu: %2. Anna ne, niin työkirja luodaan.</source>
        <translation>I filen %1 saknas: %2. Ange dem, så skapas arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="118"/>
        <source>Tuo Excel uudeksi työkirjaksi</source>
        <translation>Importera Excel som ny arbetsbok</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="69"/>
        <source>Tuo palautettu Excel</source>
        <translation>Importera returnerad Excel</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="155"/>
        <source>Tuonnin huomautukset</source>
        <translation>Anmärkningar om importen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="123"/>
        <source>Uuden työkirjan tiedosto</source>
        <translation>Fil för den nya arbetsboken</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="36"/>
        <source>Vie Excel-tiedostoksi</source>
        <translation>Exportera till Excel-fil</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="57"/>
        <source>Viedään Excel-tiedostoksi…</source>
        <translation>Exporterar till Excel-fil…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="61"/>
        <source>Vienti Excel-tiedostoksi</source>
        <translation>Export till Excel</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="59"/>
        <source>Viety: %1</source>
        <translation>Exporterat: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="62"/>
        <source>Viety: %1. Kaikki ei mahtunut Excel-tiedostoon:</source>
        <translation>Exporterat: %1. Allt rymdes inte i Excel-filen:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="164"/>
        <source>alueen nimi</source>
        <translation>områdets namn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/excel.py" line="164"/>
        <source>valtuustokausi</source>
        <translation>fullmäktigeperiod</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="73"/>
        <source>puuttuu</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="179"/>
        <source>Nro</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="179"/>
        <source>Toimenpide</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="180"/>
        <source>Tavoitteet</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="180"/>
        <source>Edellinen arvio</source>
        <translation>Föregående bedömning</translation>
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
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="199"/>
        <source>Toimenpiteen tilaa vuodelle %1 ei ole vielä arvioitu. Valitse tila.</source>
        <translation>Åtgärdens status för %1 har inte bedömts ännu. Välj status.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="225"/>
        <source>Kommentti on pakollinen, kun toimenpide on viivästynyt tai keskeytetty.</source>
        <translation>En kommentar krävs när åtgärden är försenad eller avbruten.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="240"/>
        <source>Tuntematon tila: %1</source>
        <translation>Okänd status: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="244"/>
        <source>Kun toimenpide on %1, kommentti on pakollinen: kerro syy. Tilaa ei tallennettu.</source>
        <translation>När åtgärden är %1 krävs en kommentar: ange orsaken. Statusen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="254"/>
        <source>Valitse ensin toimenpiteen tila; kommentti tallentuu tilan kanssa.</source>
        <translation>Välj först åtgärdens status; kommentaren sparas tillsammans med statusen.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="265"/>
        <source>Toimenpide on poistettu.</source>
        <translation>Åtgärden har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="269"/>
        <source>Tila %1: %2</source>
        <translation>Status %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="295"/>
        <source>Kohde</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="295"/>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="296"/>
        <source>Osapuoli</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="296"/>
        <source>Lähtötaso</source>
        <translation>Utgångsnivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="298"/>
        <source>Arvo %1</source>
        <translation>Värde %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="299"/>
        <source>Tavoitetaso</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="340"/>
        <source>Mittarin arvo vuodelle %1 puuttuu%2. %3</source>
        <translation>Indikatorns värde för %1 saknas%2. %3</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="366"/>
        <source>Laji</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="367"/>
        <source>yksikkö</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="372"/>
        <source>koko alue</source>
        <translation>hela regionen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="393"/>
        <source>Valitse kyllä tai ei.</source>
        <translation>Välj ja eller nej.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="394"/>
        <source>Kirjoita luku, esimerkiksi 12,5.</source>
        <translation>Skriv ett tal, till exempel 12,5.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="395"/>
        <source>Kirjoita lukumäärä (kokonaisluku), esimerkiksi 3.</source>
        <translation>Skriv ett antal (heltal), till exempel 3.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="397"/>
        <source>Kirjoita arvo tekstinä.</source>
        <translation>Skriv värdet som text.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="411"/>
        <source>Arvoa ei tallennettu.</source>
        <translation>Värdet sparades inte.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="424"/>
        <source>Kirjoita ensin arvo; kommentti tallentuu arvon kanssa.</source>
        <translation>Skriv först ett värde; kommentaren sparas tillsammans med värdet.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="433"/>
        <source>Mittari on poistettu.</source>
        <translation>Indikatorn har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="437"/>
        <source>Arvo %1: %2</source>
        <translation>Värde %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="450"/>
        <source>– ei arvioitu –</source>
        <translation>– inte bedömd –</translation>
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
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="58"/>
        <source>Tavoite %1</source>
        <extracomment>The roles a missing entry&apos;s cell answers with its marker (see ``_missing_cell``).</extracomment>
        <translation>Mål %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="60"/>
        <source>Toimenpide %1</source>
        <translation>Åtgärd %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="67"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="473"/>
        <source>ei</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="475"/>
        <source>Arvo</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="625"/>
        <source>&amp;Vuosi:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="626"/>
        <source>Osa-al&amp;ue:</source>
        <translation>&amp;Delområde:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="627"/>
        <source>Näytä vain &amp;puuttuvat</source>
        <translation>Visa endast &amp;saknade</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="628"/>
        <source>Toimenpiteiden ti&amp;la</source>
        <translation>Åtgärdernas s&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="629"/>
        <source>Mittareiden &amp;arvot</source>
        <translation>&amp;Indikatorernas värden</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="631"/>
        <source>Osa-alue</source>
        <translation>Delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="631"/>
        <source>Toimenpiteet arvioitu</source>
        <translation>Åtgärder bedömda</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="631"/>
        <source>Mittarit raportoitu</source>
        <translation>Indikatorer rapporterade</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="632"/>
        <source>Yhteenveto osa-alueittain</source>
        <translation>Sammanfattning per delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="640"/>
        <source>%1 / %2 toimenpidettä arvioitu</source>
        <translation>%1 / %2 åtgärder bedömda</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="642"/>
        <source>%1 / %2 mittaria raportoitu</source>
        <translation>%1 / %2 indikatorer rapporterade</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="634"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="729"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="773"/>
        <source>Kaikki osa-alueet</source>
        <translation>Alla delområden</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="745"/>
        <source>Avaa työkirja.</source>
        <translation>Öppna en arbetsbok.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="764"/>
        <source>Osapuolikohtaisia ja muita mittaririvejä täytetty %1 / %2.</source>
        <translation>Partsspecifika och övriga indikatorrader ifyllda: %1 / %2.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="768"/>
        <source>Kaikki</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="785"/>
        <source>Kaikkia ei ole vielä raportoitu vuodelta %1.</source>
        <translation>Allt har inte rapporterats för %1 ännu.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="824"/>
        <source>Valitse mittari taulukosta: sen arvot näkyvät tässä kuvaajana.</source>
        <translation>Välj en indikator i tabellen: dess värden visas här som ett diagram.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="827"/>
        <source>%1: tekstimittarin arvoista ei piirretä kuvaajaa.</source>
        <translation>%1: för en textindikator ritas inget diagram.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="841"/>
        <source>Tallennettu: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="848"/>
        <source>Kommentti on pakollinen</source>
        <translation>Kommentar krävs</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="850"/>
        <source>Toimenpide ”%1” on %2. Kerro syy kommentissa; tila tallentuu vasta kommentin kanssa.</source>
        <translation>Åtgärden ”%1” är %2. Ange orsaken i en kommentar; statusen sparas först tillsammans med kommentaren.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_view.py" line="864"/>
        <source>Kommentti jäi tyhjäksi; tilaa ei tallennettu.</source>
        <translation>Kommentaren lämnades tom; statusen sparades inte.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="413"/>
        <source>Toimenpiteet ja mittarit</source>
        <translation>Åtgärder och indikatorer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="414"/>
        <source>Avaa toimenpide tai mittari napsauttamalla</source>
        <translation>Klicka för att öppna åtgärden eller indikatorn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="417"/>
        <source>Toimenpiteet ja mittarit:</source>
        <translation>Åtgärder och indikatorer:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="424"/>
        <source>Toimenpide</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="425"/>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="446"/>
        <source>Liitä lakiperusta</source>
        <translation>Koppla rättslig grund</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="446"/>
        <source>Irrota lakiperusta</source>
        <translation>Koppla loss rättslig grund</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="33"/>
        <source>Kokouksen esityslista ja aineisto</source>
        <translation>Mötets föredragningslista och material</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="34"/>
        <source>Koko työkirja (sopimuksen liite)</source>
        <translation>Hela arbetsboken (bilaga till avtalet)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="35"/>
        <source>Vuosiseurannan raportti</source>
        <translation>Rapport över den årliga uppföljningen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="36"/>
        <source>Osapuolen vastuut</source>
        <translation>Partens ansvar</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="113"/>
        <source>Työkirjassa ei ole kokouksia.</source>
        <translation>Arbetsboken innehåller inga möten.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="128"/>
        <source>Tehdään PDF-asiakirjaa…</source>
        <translation>Skapar PDF-dokument…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="130"/>
        <source>Peruttu.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="136"/>
        <source>Valmis: %n sivua.</source>
        <translation>
            <numerusform>Klart: %n sida.</numerusform>
            <numerusform>Klart: %n sidor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="161"/>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="164"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Det gick inte att spara: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="166"/>
        <source>Tallennettu: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="172"/>
        <source>Tallenna PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="174"/>
        <source>PDF-asiakirja (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="185"/>
        <source>PDF-katseluohjelmaa ei voitu avata. Tallenna PDF ja avaa se itse, tai esikatsele se tässä.</source>
        <translation>PDF-visaren kunde inte öppnas. Spara PDF-filen och öppna den själv, eller förhandsgranska den här.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/handout_dialog.py" line="205"/>
        <source>Tulostinta ei voitu käyttää.</source>
        <translation>Skrivaren kunde inte användas.</translation>
    </message>
</context>
<context>
    <name>HandoutForm</name>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="5"/>
        <source>Käsiteltävät asiakirjat ja tulostus</source>
        <translation>Handlingar och utskrift</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="13"/>
        <source>&amp;Asiakirja:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="20"/>
        <source>&amp;Kokous:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="27"/>
        <source>&amp;Muutokset edellisen kokouksen jälkeen</source>
        <translation>Ä&amp;ndringar sedan föregående möte</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="32"/>
        <source>&amp;Vuosi:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="44"/>
        <source>&amp;Osapuoli:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="51"/>
        <source>&amp;Kieli:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="58"/>
        <source>&amp;Esikatsele</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="59"/>
        <source>&amp;Tallenna PDF…</source>
        <translation>Spa&amp;ra PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="60"/>
        <source>T&amp;ulosta…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="61"/>
        <source>Avaa PDF-&amp;katseluohjelmassa</source>
        <translation>Öppna i PDF-&amp;visare</translation>
    </message>
    <message>
        <location filename="../../forms/handout_dialog.ui" line="82"/>
        <source>Esikatselu</source>
        <translation>Förhandsgranskning</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="78"/>
        <source>Käyttöohje</source>
        <extracomment>A widget&apos;s class name → the guide&apos;s anchor for it; the first match from the focus widget up to its window wins, so an editor inside the main window beats the window itself. Languages the guide is written in (each of the window&apos;s); another would read the Finnish guide.</extracomment>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="84"/>
        <source>Yhteistyö – käyttöohje</source>
        <translation>Yhteistyö – bruksanvisning</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="211"/>
        <source>&amp;Ohje</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="212"/>
        <source>&amp;Käyttöohje</source>
        <translation>&amp;Bruksanvisning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/help.py" line="213"/>
        <source>&amp;Tietoja ohjelmasta</source>
        <translation>&amp;Om programmet</translation>
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
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="237"/>
        <source>Vain valitun kohdan muutokset</source>
        <extracomment>Opens the change report between two moments (connected by the versions flow).</extracomment>
        <translation>Endast ändringar i det valda objektet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="238"/>
        <source>Muutosraportti…</source>
        <translation>Ändringsrapport…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/history.py" line="239"/>
        <source>Muutoshistoria</source>
        <translation>Ändringshistorik</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="119"/>
        <source>Mittarin kehitys</source>
        <translation>Indikatorns utveckling</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="137"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="203"/>
        <source>kyllä</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="137"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="203"/>
        <source>ei</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="163"/>
        <source>lähtötaso %1</source>
        <translation>utgångsnivå %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="165"/>
        <source>tavoite %1</source>
        <translation>målnivå %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="171"/>
        <source>Valitse mittari taulukosta.</source>
        <translation>Välj en indikator i tabellen.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="246"/>
        <source>Vuosi</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="251"/>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="314"/>
        <source>Arvo</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="269"/>
        <source>Tavoite %1</source>
        <translation>Målnivå %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="281"/>
        <source>Lähtötaso %1</source>
        <translation>Utgångsnivå %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="302"/>
        <source>Ei vielä arvoja.</source>
        <translation>Inga värden ännu.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="316"/>
        <source>Lähtötaso</source>
        <translation>Utgångsnivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="318"/>
        <source>Tavoite</source>
        <translation>Målnivå</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="744"/>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="744"/>
        <source>Toimenpide</source>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="19"/>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="70"/>
        <source>Yhteistyö-työkirja (*.tyokirja)</source>
        <extracomment>The file dialogs&apos; filter for workbook files (translated in the main window&apos;s context).</extracomment>
        <translation>Yhteistyö-arbetsbok (*.tyokirja)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="13"/>
        <source>&amp;Uusi Kuntaliiton pohjasta…</source>
        <translation>&amp;Ny från Kommunförbundets mall…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="14"/>
        <source>&amp;Avaa…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="15"/>
        <source>Tallenna &amp;nimellä…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="16"/>
        <source>&amp;Lopeta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="17"/>
        <source>&amp;Kumoa</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="19"/>
        <source>Uusi &amp;osa-alue</source>
        <translation>Nytt &amp;delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="20"/>
        <source>Uusi &amp;tavoite</source>
        <translation>Nytt &amp;mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="21"/>
        <source>Uusi toi&amp;menpide</source>
        <translation>Ny åtg&amp;ärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="23"/>
        <source>Uusi o&amp;sapuoli</source>
        <translation>Ny &amp;part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="24"/>
        <source>Uusi &amp;henkilö</source>
        <translation>Ny p&amp;erson</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="25"/>
        <source>Uusi &amp;lakiperusta</source>
        <translation>Ny &amp;rättslig grund</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="26"/>
        <source>Uusi &amp;foorumi</source>
        <translation>Nytt &amp;forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="29"/>
        <source>Vie &amp;Excel…</source>
        <translation>E&amp;xportera till Excel…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="31"/>
        <source>Tuo Excel uu&amp;deksi työkirjaksi…</source>
        <translation>Importera Excel som n&amp;y arbetsbok…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="35"/>
        <source>&amp;Poista</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="18"/>
        <source>Tee uu&amp;delleen</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="22"/>
        <source>Uusi mittar&amp;i</source>
        <translation>Ny &amp;indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="27"/>
        <source>Uusi koko&amp;us</source>
        <translation>Nytt m&amp;öte</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="28"/>
        <source>&amp;Tulosta tai tee PDF…</source>
        <translation>Skriv ut eller skapa &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="30"/>
        <source>Tuo &amp;palautettu Excel…</source>
        <translation>Importera &amp;returnerad Excel…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="32"/>
        <source>&amp;Yhdistä toisen jäsenen tiedosto…</source>
        <translation>Slå i&amp;hop en annan medlems fil…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="33"/>
        <source>Tuo S&amp;otkanet-tiedot…</source>
        <translation>Importera S&amp;otkanet-data…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="34"/>
        <source>&amp;Kopioi uudelle valtuustokaudelle…</source>
        <translation>&amp;Kopiera till ny fullmäktigeperiod…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="36"/>
        <source>I&amp;rrota toimenpide tästä tavoitteesta</source>
        <translation>Koppla &amp;loss åtgärden från detta mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="37"/>
        <source>Siirrä &amp;ylös</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="38"/>
        <source>Siirrä &amp;alas</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="39"/>
        <source>&amp;Etsi…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="40"/>
        <source>&amp;Muutoshistoria</source>
        <translation>&amp;Ändringshistorik</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/menus.py" line="41"/>
        <source>A&amp;setukset…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="217"/>
        <source>Avaa &amp;viimeisimpiä</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="219"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Näytä</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="221"/>
        <source>Työkalut</source>
        <translation>Verktyg</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="222"/>
        <source>Muutoshistoria</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="223"/>
        <source>&amp;Rakenne</source>
        <translation>&amp;Struktur</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="224"/>
        <source>Työ&amp;kirja</source>
        <translation>Arbets&amp;bok</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Seuranta</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="263"/>
        <source>(ei viimeisimpiä tiedostoja)</source>
        <translation>(inga senaste filer)</translation>
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
        <translation> [skrivskyddad]</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="373"/>
        <source>valtuustokausi %1</source>
        <translation>fullmäktigeperiod %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="375"/>
        <source>Vain luku: työkirja on toisen käyttäjän muokattavana, joten muokkaus on estetty.</source>
        <translation>Skrivskyddad: en annan användare redigerar arbetsboken, så du kan inte göra ändringar.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/main_window.py" line="378"/>
        <source>Palvelimella, yhteiskäytössä: %1</source>
        <translation>På servern, i gemensam användning: %1</translation>
    </message>
</context>
<context>
    <name>MarkVersionDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="32"/>
        <source>Merkitse versio</source>
        <translation>Markera version</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="34"/>
        <source>Versio nimeää työkirjan nykyisen tilan, esimerkiksi kokouksen tai valtuustojen hyväksymän tekstin. Muutosraportin voi myöhemmin tehdä version jälkeen tehdyistä muutoksista.</source>
        <translation>En version namnger arbetsbokens nuvarande läge, till exempel ett möte eller den text fullmäktige godkänt. Senare kan en ändringsrapport göras över ändringarna efter versionen.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="40"/>
        <source>esim. Työryhmä 14.3.2026</source>
        <translation>t.ex. Arbetsgruppen 14.3.2026</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="42"/>
        <source>&amp;Nimi:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="43"/>
        <source>&amp;Huomautus:</source>
        <translation>&amp;Anmärkning:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="46"/>
        <source>&amp;Merkitse</source>
        <translation>&amp;Markera</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="47"/>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="786"/>
        <source>Nro</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="786"/>
        <source>Asiakohta</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="786"/>
        <source>Esittelijä</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="791"/>
        <source>Lis&amp;ää asiakohta</source>
        <translation>Lägg till &amp;ärende</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="792"/>
        <source>M&amp;uokkaa asiakohtaa…</source>
        <translation>Re&amp;digera ärende…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="793"/>
        <source>Poista asiako&amp;hta</source>
        <translation>Ta b&amp;ort ärende</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="794"/>
        <source>&amp;Ylös</source>
        <translation>Fl&amp;ytta upp</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="795"/>
        <source>A&amp;las</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="806"/>
        <source>(ei foorumia)</source>
        <translation>(inget forum)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="838"/>
        <source>Muokkaa: foorumi</source>
        <translation>Redigera: forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="846"/>
        <source>Osallistujat</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="853"/>
        <source>Uusi asiakohta</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="868"/>
        <source>Poista asiakohta %1</source>
        <translation>Ta bort ärendet %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="877"/>
        <source>Siirrä asiakohtaa</source>
        <translation>Flytta ärende</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="815"/>
        <source>(ei kytketty)</source>
        <translation>(inte kopplad)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="846"/>
        <source>Muokkaa: kokouksen versio</source>
        <translation>Redigera: mötets version</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="83"/>
        <source>Ohitettiin:</source>
        <translation>Hoppades över:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="82"/>
        <source>%n ristiriitaa jätetty ennalleen.</source>
        <translation>
            <numerusform>%n konflikt lämnades oförändrad.</numerusform>
            <numerusform>%n konflikter lämnades oförändrade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="55"/>
        <source>Ei muutoksia</source>
        <translation>Inga ändringar</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="56"/>
        <source>Tiedostossa %1 ei ole uusia muutoksia.</source>
        <translation>Filen %1 innehåller inga nya ändringar.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="84"/>
        <source>Tiedostot yhdistetty</source>
        <translation>Filerna har slagits ihop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="79"/>
        <source>Tuotu %n muutosta tiedostosta %1.</source>
        <translation>
            <numerusform>%n ändring importerades från filen %1.</numerusform>
            <numerusform>%n ändringar importerades från filen %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="52"/>
        <source>Verrataan toisen jäsenen tiedostoa…</source>
        <translation>Jämför en annan medlems fil…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/merge.py" line="30"/>
        <source>Yhdistä toisen jäsenen tiedosto</source>
        <translation>Slå ihop en annan medlems fil</translation>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="74"/>
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
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="699"/>
        <source>(ei työryhmän jäsen)</source>
        <translation>(inte medlem i arbetsgruppen)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="707"/>
        <source>(ei organisaatiota)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="725"/>
        <source>Lisää %1 työryhmään</source>
        <translation>Lägg till %1 i arbetsgruppen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="728"/>
        <source>Poista %1 työryhmästä</source>
        <translation>Ta bort %1 från arbetsgruppen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="730"/>
        <source>Muokkaa: rooli</source>
        <translation>Redigera: roll</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="97"/>
        <source>Tervetuloa Yhteistyöhön</source>
        <translation>Välkommen till Yhteistyö</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="98"/>
        <source>Kerro nimesi: se tallentuu muutoshistoriaan.</source>
        <translation>Ange ditt namn: det sparas i ändringshistoriken.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="109"/>
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
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="275"/>
        <source>Muokkaa: %1</source>
        <translation>Redigera: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="292"/>
        <source>Toinen käyttäjä (%1) muutti kentän juuri: %2</source>
        <translation>En annan användare (%1) ändrade just fältet: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="294"/>
        <source>tuntematon</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="295"/>
        <source>(tyhjä)</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="210"/>
        <source>Suodata: kirjoita osa nimestä…</source>
        <translation>Filtrera: skriv en del av namnet…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="211"/>
        <source>Suodata taulukkoa</source>
        <translation>Filtrera tabellen</translation>
    </message>
</context>
<context>
    <name>RecordsFlow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="133"/>
        <source>Irrota toimenpide tavoitteesta</source>
        <translation>Koppla loss åtgärden från målet</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="123"/>
        <source>Poista %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="125"/>
        <source>Poistettu: %1. Kumoa painamalla Ctrl+Z.</source>
        <translation>Borttaget: %1. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="161"/>
        <source>Siirrä</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="107"/>
        <source>Uusi foorumi</source>
        <translation>Nytt forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="99"/>
        <source>Uusi henkilö</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="111"/>
        <source>Uusi kokous</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="103"/>
        <source>Uusi lakiperusta</source>
        <translation>Ny rättslig grund</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="90"/>
        <source>Uusi mittari</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="62"/>
        <source>Uusi osa-alue</source>
        <translation>Nytt delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="95"/>
        <source>Uusi osapuoli</source>
        <translation>Ny part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="70"/>
        <source>Uusi tavoite</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="80"/>
        <source>Uusi toimenpide</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="68"/>
        <source>Valitse ensin osa-alue, johon tavoite tulee.</source>
        <translation>Välj först det delområde som målet ska höra till.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="86"/>
        <source>Valitse ensin tavoite tai toimenpide, jota mittari seuraa.</source>
        <translation>Välj först det mål eller den åtgärd som indikatorn följer upp.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/records.py" line="77"/>
        <source>Valitse ensin tavoite, jota toimenpide palvelee.</source>
        <translation>Välj först det mål som åtgärden främjar.</translation>
    </message>
</context>
<context>
    <name>ResponsibilityDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="576"/>
        <source>Muokkaa vastuutahoa</source>
        <translation>Ändra ansvarig part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="577"/>
        <source>Lisää vastuutaho</source>
        <translation>Lägg till ansvarig part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="592"/>
        <source>Kirjoita nimi, jos osapuolta ei ole listassa</source>
        <translation>Skriv namnet om parten inte finns i listan</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="593"/>
        <source>&amp;Uusi osapuoli:</source>
        <translation>N&amp;y part:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="605"/>
        <source>Työkirjassa ei ole vielä osapuolia: kirjoita uuden osapuolen nimi.</source>
        <translation>Arbetsboken har ännu inga parter: skriv namnet på en ny part.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/editors.py" line="644"/>
        <source>Valitse osapuoli tai kirjoita uuden osapuolen nimi.</source>
        <translation>Välj en part eller skriv namnet på en ny part.</translation>
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
        <location filename="../../forms/responsibility_dialog.ui" line="23"/>
        <source>Millä roolilla osapuoli on mukana toimenpiteessä</source>
        <translation>I vilken roll parten deltar i åtgärden</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="23"/>
        <source>Koollekutsuja kutsuu toimenpiteen tekijät koolle, puheenjohtaja johtaa työtä, vastuutaho vastaa toteutuksesta ja osallistuja on mukana tekemässä.</source>
        <translation>Sammankallaren kallar samman dem som genomför åtgärden, ordföranden leder arbetet, den ansvariga parten svarar för genomförandet och deltagaren är med i arbetet.</translation>
    </message>
    <message>
        <location filename="../../forms/responsibility_dialog.ui" line="27"/>
        <source>&amp;Nimetyt henkilöt:</source>
        <translation>&amp;Namngivna personer:</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/review.py" line="20"/>
        <source>Tallennetaan hyväksyttyjä muutoksia…</source>
        <translation>Sparar godkända ändringar…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="50"/>
        <source>kyllä</source>
        <extracomment>The columns: item, field, value here, value in the copy, where (cell) or who and when. Characters a line of a deletion&apos;s consequences is wrapped at (the dialog&apos;s width).</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="51"/>
        <source>ei</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="95"/>
        <source>Toisen jäsenen tiedoston muutokset</source>
        <translation>Ändringar i en annan medlems fil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="116"/>
        <source>%n muutosta, joista ristiriitoja: %1 ja tarkistettavia poistoja: %2. Valitse hyväksyttävät; valitsematta jääneet hylätään.</source>
        <translation>
            <numerusform>%n ändring, varav %1 i konflikt och %2 borttagningar att kontrollera. Välj de ändringar som ska godkännas; de som inte väljs avvisas.</numerusform>
            <numerusform>%n ändringar, varav %1 i konflikt och %2 borttagningar att kontrollera. Välj de ändringar som ska godkännas; de som inte väljs avvisas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="174"/>
        <source>Muutos</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="97"/>
        <source>Tässä työkirjassa</source>
        <translation>I den här arbetsboken</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="96"/>
        <source>Kohde</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="96"/>
        <source>Kenttä</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="98"/>
        <source>Toisessa tiedostossa</source>
        <translation>I den andra filen</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="99"/>
        <source>Kuka ja milloin (toisessa)</source>
        <translation>Vem och när (i den andra)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="110"/>
        <source>&amp;Hyväksy valitut</source>
        <translation>&amp;Godkänn valda</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="126"/>
        <source>(muut tiedot)</source>
        <translation>(övriga uppgifter)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/review_dialog.py" line="136"/>
        <source>RISTIRIITA: </source>
        <translation>KONFLIKT: </translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../forms/review_dialog.ui" line="5"/>
        <source>Palautetun Excel-kopion muutokset</source>
        <translation>Ändringar i den returnerade Excel-kopian</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="18"/>
        <source>Muutokset</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="19"/>
        <source>Kohde</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="20"/>
        <source>Kenttä</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="21"/>
        <source>Työkirjassa nyt</source>
        <translation>I arbetsboken nu</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="22"/>
        <source>Palautetussa kopiossa</source>
        <translation>I den returnerade kopian</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="23"/>
        <source>Solu</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="28"/>
        <source>Valitun muutoksen tiedot</source>
        <translation>Den valda ändringens uppgifter</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="29"/>
        <source>Valitse muutos nähdäksesi sen koko vanhan ja uuden tekstin.</source>
        <translation>Välj en ändring för att se hela den gamla och nya texten.</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="34"/>
        <source>&amp;Valitse kaikki paitsi ristiriidat</source>
        <translation>&amp;Välj alla utom konflikter</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="35"/>
        <source>&amp;Tyhjennä valinnat</source>
        <translation>&amp;Avmarkera alla</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="42"/>
        <source>Ei huomautuksia tiedostosta.</source>
        <translation>Inga anmärkningar om filen.</translation>
    </message>
    <message>
        <location filename="../../forms/review_dialog.ui" line="43"/>
        <source>Huomautukset tiedostosta</source>
        <translation>Anmärkningar om filen</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="120"/>
        <source>Osa-alue</source>
        <translation>Delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="121"/>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="122"/>
        <source>Toimenpide</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="123"/>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="124"/>
        <source>Osapuoli</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="125"/>
        <source>Henkilö</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/dialogs.py" line="126"/>
        <source>Lakiperusta</source>
        <translation>Rättslig grund</translation>
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
    <name>ServerDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="45"/>
        <source>Anna PostgreSQL-palvelimen osoite, esimerkiksi postgresql://nimi:salasana@palvelin.example.fi/yhteistyo</source>
        <translation>Ange PostgreSQL-serverns adress, till exempel postgresql://namn:lösenord@server.example.fi/yhteistyo</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="52"/>
        <source>postgresql://käyttäjä@palvelin/tietokanta</source>
        <translation>postgresql://användare@server/databas</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="54"/>
        <source>&amp;Osoite:</source>
        <translation>&amp;Adress:</translation>
    </message>
</context>
<context>
    <name>ServerMode</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="31"/>
        <source>Yhteistyö-työkirja (*.tyokirja)</source>
        <extracomment>How often the window asks the server for others&apos; changes.</extracomment>
        <translation>Yhteistyö-arbetsbok (*.tyokirja)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="107"/>
        <source>Yhdistä palvel&amp;imeen…</source>
        <extracomment>A poll&apos;s answer, from the thread that asked the server: (marker asked, rows or error).</extracomment>
        <translation>Anslu&amp;t till server…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="108"/>
        <source>Lataa palveli&amp;melle…</source>
        <translation>&amp;Ladda upp till servern…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="109"/>
        <source>Tallenna palvelimelta tiedo&amp;stoksi…</source>
        <translation>Spara från servern som &amp;fil…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="166"/>
        <source>Valitse työkirja</source>
        <translation>Välj arbetsbok</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="167"/>
        <source>Palvelimella on useita työkirjoja:</source>
        <translation>Servern har flera arbetsböcker:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="172"/>
        <source>Yhdistä palvelimeen</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="203"/>
        <source>Työkirja ladattiin palvelimelle; muutokset tallentuvat nyt sinne.</source>
        <translation>Arbetsboken laddades upp till servern; ändringarna sparas nu där.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="207"/>
        <source>Lataa palvelimelle</source>
        <translation>Ladda upp till servern</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="225"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Det gick inte att spara: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="228"/>
        <source>Palvelimen työkirja tallennettiin tiedostoksi %1.</source>
        <translation>Serverns arbetsbok sparades som filen %1.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="236"/>
        <source>Tallenna palvelimelta tiedostoksi</source>
        <translation>Spara från servern som fil</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/server.py" line="346"/>
        <source>%1 muutti työkirjaa; näkymä päivitettiin.</source>
        <translation>%1 ändrade arbetsboken; vyn uppdaterades.</translation>
    </message>
</context>
<context>
    <name>Sotkanet</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="146"/>
        <source>Tuo Sotkanet-tiedot</source>
        <translation>Importera Sotkanet-data</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="148"/>
        <source>CSV-tiedosto (*.csv *.txt);;Kaikki tiedostot (*)</source>
        <translation>CSV-fil (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="172"/>
        <source>Luetaan Sotkanet-tiedostoa…</source>
        <translation>Läser Sotkanet-filen…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="187"/>
        <source>Tallennetaan Sotkanet-arvoja…</source>
        <translation>Sparar Sotkanet-värden…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="189"/>
        <source>Tuonti peruttiin; arvoja ei tallennettu.</source>
        <translation>Importen avbröts; inga värden sparades.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="192"/>
        <source>Tuo Sotkanet-arvot (%1)</source>
        <translation>Importera Sotkanet-värden (%1)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="197"/>
        <source>Tallennettiin %1 arvoa tiedostosta %2. Kumoa painamalla Ctrl+Z.</source>
        <translation>%1 värden från filen %2 sparades. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>SotkanetPreviewDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="33"/>
        <source>Tuo Sotkanet-tiedot</source>
        <translation>Importera Sotkanet-data</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="41"/>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="41"/>
        <source>Vastuutaho / alue</source>
        <translation>Ansvarig part / region</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="41"/>
        <source>Vuosi</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="42"/>
        <source>Nykyinen arvo</source>
        <translation>Nuvarande värde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="42"/>
        <source>Uusi arvo</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="45"/>
        <source>Tuotavat arvot</source>
        <translation>Värden som importeras</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="55"/>
        <source>Rivi %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="71"/>
        <source>Rivi %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="74"/>
        <source>Rivi %1: virheellinen rivi, %2</source>
        <translation>Rad %1: felaktig rad, %2</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="78"/>
        <source>Ohitetut rivit (%1):</source>
        <translation>Överhoppade rader (%1):</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="86"/>
        <source>&amp;Tallenna arvot</source>
        <translation>&amp;Spara värdena</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="88"/>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="93"/>
        <source>Tallennettavia arvoja %1, ohitettuja rivejä %2.</source>
        <translation>Värden att spara: %1, överhoppade rader: %2.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="96"/>
        <source>%1 arvoa on työkirjassa jo samana.</source>
        <translation>%1 värden är redan desamma i arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/sotkanet_dialog.py" line="99"/>
        <source>Tiedostossa ei ole yhtään työkirjan mittariin sopivaa uutta arvoa.</source>
        <translation>Filen innehåller inga nya värden som passar arbetsbokens indikatorer.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="342"/>
        <source>Toimenpiteiden tilat osa-alueittain</source>
        <translation>Åtgärdernas status per delområde</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="358"/>
        <source>ei arvioitu</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="362"/>
        <source>Ei toimenpiteitä.</source>
        <translation>Inga åtgärder.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/followup_charts.py" line="372"/>
        <source>Toimenpiteiden tilat %1</source>
        <translation>Åtgärdernas status %1</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="53"/>
        <source>Toimenpiteet</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="54"/>
        <source>Toimenpide</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="56"/>
        <source>Vastuutahot</source>
        <translation>Ansvariga parter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="58"/>
        <source>Aikataulu</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="62"/>
        <source>Mittarit</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="63"/>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="64"/>
        <source>Kohde</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="67"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="75"/>
        <source>Laji</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="68"/>
        <source>Lähtötaso</source>
        <translation>Utgångsnivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="55"/>
        <source>Tavoitteet (kpl)</source>
        <translation>Mål (antal)</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="69"/>
        <source>Tavoitetaso</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="70"/>
        <source>Lähde</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="73"/>
        <source>Osapuolet</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="74"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="81"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="96"/>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="102"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="76"/>
        <source>Y-tunnus</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="77"/>
        <source>Osoite</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="80"/>
        <source>Henkilöt</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="82"/>
        <source>Tehtävä</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="83"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="84"/>
        <source>Työryhmä</source>
        <translation>Arbetsgrupp</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="88"/>
        <source>Kokoukset</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="89"/>
        <source>Aika</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="90"/>
        <source>Kokous</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="91"/>
        <source>Foorumi</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="92"/>
        <source>Paikka</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="94"/>
        <source>Lakiperustat</source>
        <translation>Rättsliga grunder</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="95"/>
        <source>Laki</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="97"/>
        <source>Pykälä</source>
        <translation>Paragraf</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="98"/>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="100"/>
        <source>Foorumit</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tables.py" line="101"/>
        <source>Taso</source>
        <translation>Nivå</translation>
    </message>
</context>
<context>
    <name>TermCopy</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="69"/>
        <source>Uuden valtuustokauden työkirja</source>
        <translation>Arbetsbok för den nya fullmäktigeperioden</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="92"/>
        <source>Kopioidaan työkirjaa uudelle valtuustokaudelle…</source>
        <translation>Kopierar arbetsboken till den nya fullmäktigeperioden…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="96"/>
        <source>Uusi työkirja valtuustokaudelle %1 on tehty: %2

Siihen siirtyi %3 tavoitetta, %4 toimenpidettä ja %5 mittaria. Seuranta-arvot (%6) ja kokoukset (%7) jäivät nykyiseen työkirjaan.</source>
        <translation>En ny arbetsbok för fullmäktigeperioden %1 har skapats: %2

Till den överfördes %3 mål, %4 åtgärder och %5 indikatorer. Uppföljningsvärdena (%6) och mötena (%7) blev kvar i den nuvarande arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="105"/>
        <source>%1 mittarin tavoitevuosi ei ollut uudella kaudella, joten se jätettiin tyhjäksi.</source>
        <translation>För %1 indikatorer låg målåret utanför den nya perioden, så det lämnades tomt.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="108"/>
        <source>Avataanko uusi työkirja?</source>
        <translation>Vill du öppna den nya arbetsboken?</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="110"/>
        <source>Uusi valtuustokausi</source>
        <translation>Ny fullmäktigeperiod</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="115"/>
        <source>Avaa uusi työkirja</source>
        <translation>Öppna den nya arbetsboken</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="117"/>
        <source>Jatka nykyisessä</source>
        <translation>Fortsätt i den nuvarande</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="27"/>
        <source>Kopioi uudelle valtuustokaudelle</source>
        <translation>Kopiera till ny fullmäktigeperiod</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="29"/>
        <source>Uuteen työkirjaan siirtyvät osa-alueet, tavoitteet, toimenpiteet, vastuutahot, mittarit, lakiperustat, osapuolet, henkilöt ja foorumit. Seuranta-arvot, toimenpiteiden tilat, kokoukset sekä muutoshistoria ja siihen merkityt versiot jäävät nykyiseen työkirjaan.</source>
        <translation>Till den nya arbetsboken överförs delområden, mål, åtgärder, ansvariga parter, indikatorer, rättsliga grunder, parter, personer och forum. Uppföljningsvärden, åtgärdernas status, möten samt ändringshistoriken och versionerna som markerats i den blir kvar i den nuvarande arbetsboken.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="42"/>
        <source>Valtuustokausi alkaa:</source>
        <translation>Fullmäktigeperioden börjar:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="43"/>
        <source>Päättyy:</source>
        <translation>Slutar:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="46"/>
        <source>&amp;Valitse tiedosto…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/term_dialog.py" line="47"/>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="62"/>
        <source>Versiot ja muutokset</source>
        <translation>Versioner och ändringar</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="66"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="66"/>
        <source>Merkitty</source>
        <translation>Markerad</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="67"/>
        <source>Merkitsijä</source>
        <translation>Markerad av</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="67"/>
        <source>Huomautus</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="71"/>
        <source>Versiot</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="80"/>
        <source>Muutokset alkaen:</source>
        <translation>Ändringar från:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="80"/>
        <source>asti:</source>
        <translation>till:</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="85"/>
        <source>Raportin kieli</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="87"/>
        <source>&amp;Näytä muutokset</source>
        <translation>&amp;Visa ändringar</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="89"/>
        <source>&amp;Tallenna PDF…</source>
        <translation>Spa&amp;ra PDF…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="103"/>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="125"/>
        <source>nyt</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="132"/>
        <source>Työkirjassa ei ole versioita. Merkitse versio (Tiedosto › Merkitse versio…), niin muutokset sen jälkeen voi näyttää täällä.</source>
        <translation>Arbetsboken har inga versioner. Markera en version (Arkiv › Markera version…) så kan ändringarna efter den visas här.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="158"/>
        <source>Tehdään muutosraporttia…</source>
        <translation>Ändringsrapporten görs…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="160"/>
        <source>Peruttu.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="173"/>
        <source>Valmis: %n sivua.</source>
        <translation>
            <numerusform>Klar: %n sida.</numerusform>
            <numerusform>Klar: %n sidor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="187"/>
        <source>Tallennus epäonnistui: %1</source>
        <translation>Det gick inte att spara: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="189"/>
        <source>Tallennettu: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="194"/>
        <source>Muutokset</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="195"/>
        <source>Tallenna PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/versions_dialog.py" line="197"/>
        <source>PDF-asiakirja (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VersionsFlow</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/versions.py" line="37"/>
        <source>Me&amp;rkitse versio…</source>
        <extracomment>A version was marked (the window shows it in the history).</extracomment>
        <translation>Markera &amp;version…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/versions.py" line="38"/>
        <source>Versiot &amp;ja muutokset…</source>
        <translation>Versioner och ä&amp;ndringar…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/flows/versions.py" line="58"/>
        <source>Versio merkitty: %1</source>
        <translation>Version markerad: %1</translation>
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
        <location filename="../../src/yhteistyo_desktop/ui/document.py" line="66"/>
        <source>Työkirja on avattu vain luettavaksi.</source>
        <extracomment>A change found its record deleted, or another user&apos;s entry saved meanwhile (on the server): what the window shows is out of date.</extracomment>
        <translation>Arbetsboken är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/document.py" line="76"/>
        <source>Muutosta ei tallennettu: %1</source>
        <translation>Ändringen sparades inte: %1</translation>
    </message>
</context>
<context>
    <name>WorkbookTreeModel</name>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="117"/>
        <source>vähimmäisvaatimus</source>
        <translation>minimikrav</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="117"/>
        <source>painopiste</source>
        <translation>prioritet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="121"/>
        <source>Yhteinen toimenpide: palvelee myös %n muuta tavoitetta</source>
        <translation>
            <numerusform>Gemensam åtgärd: främjar även %n annat mål</numerusform>
            <numerusform>Gemensam åtgärd: främjar även %n andra mål</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/tree_model.py" line="185"/>
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
        <location filename="../../src/yhteistyo_desktop/ui/worker.py" line="111"/>
        <source>Peruuta</source>
        <extracomment>QProgressDialog&apos;s own show delay, out of reach (about 24 days): only our timer shows it. At most this often a progress report crosses to the GUI thread. A job may report every row; each report runs QProgressDialog.setValue there, which for a modal dialog processes events, so thousands of them kept the window busy for most of a second.</extracomment>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/worker.py" line="117"/>
        <source>Perutaan…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../src/yhteistyo_desktop/ui/worker.py" line="166"/>
        <source>Peruttu.</source>
        <translation>Avbrutet.</translation>
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
        <source>Toimenpi&amp;de:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="27"/>
        <source>K&amp;uvaus:</source>
        <translation>Beskr&amp;ivning:</translation>
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
        <source>R&amp;esurssit:</source>
        <translation>R&amp;esurser:</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="55"/>
        <source>Resurssit</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <location filename="../../forms/action_editor.ui" line="60"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>Att bea&amp;kta:</translation>
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
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="16"/>
        <source>&amp;Otsikko:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="22"/>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="27"/>
        <source>&amp;Esittelijä:</source>
        <translation>&amp;Föredragande:</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="33"/>
        <source>Esittelijä</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="38"/>
        <source>&amp;Ehdotus:</source>
        <translation>F&amp;örslag:</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="44"/>
        <source>Ehdotus</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="49"/>
        <source>&amp;Käsiteltävät kohdat:</source>
        <translation>&amp;Objekt som behandlas:</translation>
    </message>
    <message>
        <location filename="../../forms/agenda_item_editor.ui" line="55"/>
        <source>Käsiteltävät kohdat</source>
        <translation>Objekt som behandlas</translation>
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
        <source>N&amp;imi:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="27"/>
        <source>R&amp;yhmä:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="33"/>
        <source>Ryhmä</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="38"/>
        <source>K&amp;uvaus:</source>
        <translation>Beskr&amp;ivning:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="44"/>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="55"/>
        <source>&amp;Valittu työkirjaan</source>
        <translation>Vald &amp;till arbetsboken</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="55"/>
        <source>Valittu työkirjaan</source>
        <translation>Vald till arbetsboken</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="60"/>
        <source>Vastuuh&amp;enkilöt:</source>
        <translation>Ansvars&amp;personer:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="66"/>
        <source>Vastuuhenkilöt</source>
        <translation>Ansvarspersoner</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="71"/>
        <source>V&amp;almistelijat:</source>
        <translation>Bere&amp;dare:</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="77"/>
        <source>Valmistelijat</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <location filename="../../forms/area_editor.ui" line="82"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>Att bea&amp;kta:</translation>
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
        <source>T&amp;aso (1–4):</source>
        <translation>Niv&amp;å (1–4):</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="22"/>
        <source>Taso (1–4)</source>
        <translation>Nivå (1–4)</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="27"/>
        <source>N&amp;imi:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="33"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../forms/forum_editor.ui" line="38"/>
        <source>K&amp;uvaus:</source>
        <translation>Beskr&amp;ivning:</translation>
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
        <source>Ta&amp;voite:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="27"/>
        <source>T&amp;aso:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="33"/>
        <source>Kumpaan tasoon tavoite kuuluu: lain vähimmäisvaatimus vai yhdessä sovittu painopiste</source>
        <translation>Vilken nivå målet hör till: lagens minimikrav eller en gemensamt överenskommen tyngdpunkt</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="33"/>
        <source>Tavoitteet kirjataan kahteen tasoon. Lainsäädännön asettamat vähimmäisvaatimukset ovat sitä, mitä laki edellyttää osapuolten yhteistyöltä joka tapauksessa. Yhteisessä valmistelussa tunnistetut painopisteet ovat sitä, mitä alueen osapuolet ovat yhdessä päättäneet tehdä sen lisäksi.</source>
        <translation>Målen förs in på två nivåer. Lagstiftningens minimikrav är det som lagen i varje fall kräver av parternas samarbete. Tyngdpunkterna som identifierats i den gemensamma beredningen är det som parterna i regionen tillsammans har beslutat göra utöver det.</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="34"/>
        <source>Taso</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="39"/>
        <source>K&amp;uvaus:</source>
        <translation>Beskr&amp;ivning:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="45"/>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="50"/>
        <source>R&amp;esurssit:</source>
        <translation>R&amp;esurser:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="56"/>
        <source>Resurssit</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="61"/>
        <source>&amp;Huomioitavaa:</source>
        <translation>Att bea&amp;kta:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="67"/>
        <source>Huomioitavaa</source>
        <translation>Att beakta</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="72"/>
        <source>&amp;Lakiperusta:</source>
        <translation>Rättslig &amp;grund:</translation>
    </message>
    <message>
        <location filename="../../forms/goal_editor.ui" line="78"/>
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
        <source>M&amp;ittari:</source>
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
        <translation>Utgån&amp;gsnivå:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="71"/>
        <source>Lähtötason v&amp;uosi:</source>
        <translation>Utgångsnivåns &amp;år:</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="77"/>
        <source>Lähtötason vuosi</source>
        <translation>Utgångsnivåns år</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="82"/>
        <source>Tavoit&amp;etaso:</source>
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
        <source>Tietolä&amp;hteen tunnus (Sotkanet):</source>
        <translation>&amp;Datakällans kod (Sotkanet):</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="110"/>
        <source>Sotkanetin indikaattorin numero, esim. 1234 tai sotkanet:1234</source>
        <translation>Sotkanet-indikatorns nummer, t.ex. 1234 eller sotkanet:1234</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="110"/>
        <source>Jos mittarin arvot tulevat THL:n Sotkanetista, kirjoita tähän indikaattorin numero (esimerkiksi 1234 tai sotkanet:1234). Silloin vuosien arvot voi tuoda ladatusta CSV-tiedostosta kohdasta Tiedosto › Tuo Sotkanet-tiedot… Muuten jätä tyhjäksi.</source>
        <translation>Om indikatorns värden kommer från THL:s Sotkanet skriver du här indikatorns nummer (till exempel 1234 eller sotkanet:1234). Då kan årens värden importeras från en nedladdad CSV-fil under Arkiv › Importera Sotkanet-data… Lämna annars tomt.</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="111"/>
        <source>Tietolähteen tunnus (Sotkanet)</source>
        <translation>Datakällans kod (Sotkanet)</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="122"/>
        <source>Arvo kirjataan jokaiselle osapuolelle erikseen</source>
        <translation>Värdet förs in skilt för varje part</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="122"/>
        <source>Kun valittu, mittarin arvo kirjataan seurannassa jokaiselle kunnalle tai muulle osapuolelle erikseen. Kun ei valittu, arvo on yksi koko alueelle.</source>
        <translation>När valt förs indikatorns värde i uppföljningen in skilt för varje kommun eller annan part. När inte valt finns ett värde för hela regionen.</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="123"/>
        <source>Seurataan osa&amp;puolittain</source>
        <translation>Följs upp &amp;per part</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_editor.ui" line="123"/>
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
        <source>L&amp;ain nimi:</source>
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
        <source>K&amp;uvaus:</source>
        <translation>Beskr&amp;ivning:</translation>
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
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="16"/>
        <source>Ots&amp;ikko:</source>
        <translation>Rubr&amp;ik:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="22"/>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="27"/>
        <source>&amp;Foorumi:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="33"/>
        <source>Foorumi</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="38"/>
        <source>&amp;Aika:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="44"/>
        <source>d.M.yyyy H.mm</source>
        <translation>d.M.yyyy H.mm</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="44"/>
        <source>Aika</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="49"/>
        <source>&amp;Paikka:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="55"/>
        <source>Paikka</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="60"/>
        <source>Osallistu&amp;jat:</source>
        <translation>De&amp;ltagare:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="66"/>
        <source>Osallistujat</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="71"/>
        <source>&amp;Esityslista:</source>
        <translation>Föredra&amp;gningslista:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="77"/>
        <source>Esityslista</source>
        <translation>Föredragningslista</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="60"/>
        <source>&amp;Versio:</source>
        <translation>V&amp;ersion:</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="66"/>
        <source>Versio</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="67"/>
        <source>Kokouksessa voimassa ollut nimetty versio; seuraavan kokouksen moniste kertoo muutokset siitä alkaen</source>
        <translation>Den namngivna version som gällde vid mötet; nästa mötes material visar ändringarna sedan den</translation>
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
        <source>N&amp;imi:</source>
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
        <translation>T&amp;yp:</translation>
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
        <source>Kat&amp;uosoite:</source>
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
        <source>Postitoimip&amp;aikka:</source>
        <translation>Postanstal&amp;t:</translation>
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
        <source>N&amp;imi:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="22"/>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="27"/>
        <source>T&amp;ehtävänimike:</source>
        <translation>Be&amp;fattning:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="33"/>
        <source>Tehtävänimike</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="38"/>
        <source>Or&amp;ganisaatio:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="44"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="49"/>
        <source>Sä&amp;hköposti:</source>
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
        <source>Roo&amp;li työryhmässä:</source>
        <translation>Ro&amp;ll i arbetsgruppen:</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="77"/>
        <source>Henkilön tehtävä valmistelevassa työryhmässä</source>
        <translation>Personens uppgift i den beredande arbetsgruppen</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="77"/>
        <source>Henkilön rooli työryhmässä: puheenjohtaja, varapuheenjohtaja, sihteeri tai jäsen.</source>
        <translation>Personens roll i arbetsgruppen: ordförande, vice ordförande, sekreterare eller medlem.</translation>
    </message>
    <message>
        <location filename="../../forms/person_editor.ui" line="78"/>
        <source>Rooli työryhmässä</source>
        <translation>Roll i arbetsgruppen</translation>
    </message>
</context>
</TS>
