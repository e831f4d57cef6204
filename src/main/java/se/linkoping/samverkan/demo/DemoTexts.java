package se.linkoping.samverkan.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the people of the simulated quarter write, in Swedish: the reports' descriptions, EST's
 * assessments and analyses, and the interventions EST decides, with their results. Plausible for
 * Linköping, and without personal data: no names, no identity numbers, places only.
 */
final class DemoTexts {

    private static final Map<String, List<String>> REPORTS = Map.ofEntries(
            Map.entry("narkotika", List.of(
                    "Misstänkt narkotikaförsäljning vid %s under kvällen. Flera personer samlades kring en bil.",
                    "Boende rapporterar återkommande langning vid %s, främst efter klockan 20.",
                    "Vid en kontroll vid %s påträffades narkotika i små förpackningar.",
                    "Sprutor och små påsar hittade i buskaget vid %s.")),
            Map.entry("ungdomar-riskmiljo", List.of(
                    "En grupp på omkring tio ungdomar samlades vid %s sent på kvällen; stökigt och hög musik.",
                    "Yngre tonåringar uppehöll sig vid %s efter midnatt. Trygghetsvärdarna pratade med dem.",
                    "Ungdomar kastade sten mot förbipasserande bussar vid %s.")),
            Map.entry("ordningsstorning", List.of(
                    "Bråk och högljudda personer vid %s efter krogstängning.",
                    "Berusade personer störde förbipasserande vid %s.",
                    "Flera samtal om oväsen och krossat glas vid %s.")),
            Map.entry("skadegorelse", List.of(
                    "Klotter på fasad och entrédörr vid %s.",
                    "Krossade rutor i busskuren vid %s.",
                    "Sönderslagna cykelställ och papperskorgar vid %s.")),
            Map.entry("stold-inbrott", List.of(
                    "Flera cyklar stulna vid %s.",
                    "Inbrott i källarförråd vid %s; dörren uppbruten.",
                    "Stöld ur bilar parkerade vid %s under natten.")),
            Map.entry("trafik-buskorning", List.of(
                    "Mopeder och crossar körde på gång- och cykelbanan vid %s.",
                    "Bilar körde i hög hastighet och sladdade vid %s under kvällen.")),
            Map.entry("otrygg-miljo", List.of(
                    "Belysningen är trasig i %s; boende upplever platsen som otrygg.",
                    "Igenvuxna buskar och nedklottrade väggar i %s gör att många undviker platsen kvällstid.")),
            Map.entry("anlagd-brand", List.of(
                    "Brand i soprum vid %s under natten. Räddningstjänsten släckte.",
                    "Bil i brand på parkeringen vid %s. Misstänkt anlagd.",
                    "Brand i container vid %s.")),
            Map.entry("vald-hot", List.of(
                    "Misshandel utomhus vid %s efter bråk mellan två grupper. Polisen kom till platsen.",
                    "En person hotades med kniv vid %s; de inblandade lämnade platsen.")),
            Map.entry("hot-mot-verksamhet", List.of(
                    "Personal vid %s hotades av en grupp ungdomar som inte släpptes in.",
                    "Hotfull stämning mot personalen vid %s; verksamheten stängde tidigare.")),
            Map.entry("skottlossning-sprangning", List.of(
                    "Skottlossning mot bostadshus vid %s under natten. Ingen skadad; polisen spärrade av platsen.")));

    /** What the police and EST know of a kind of problem. */
    private static final Map<String, String> KNOWLEDGE = Map.ofEntries(
            Map.entry("narkotika", "Polisen känner till återkommande försäljning kvällstid; köpare kommer även från "
                    + "andra stadsdelar."),
            Map.entry("ungdomar-riskmiljo", "Samma grupp unga återkommer; fältassistenterna känner flera av dem."),
            Map.entry("ordningsstorning", "Koncentrerat till helgnätter kring krogstängning."),
            Map.entry("skadegorelse", "Mest klotter och krossade rutor kvällstid; ingen känd koppling till annan "
                    + "brottslighet."),
            Map.entry("stold-inbrott", "Troligen seriebrott; polisen har tips om tillvägagångssättet."),
            Map.entry("trafik-buskorning", "Mopeder och bilar kvällstid; samma fordon har setts flera gånger."),
            Map.entry("otrygg-miljo", "Boende och trygghetsvärdar beskriver platsen som mörk och otrygg."),
            Map.entry("anlagd-brand", "Bränderna har anlagts nattetid i soprum och bilar; räddningstjänsten ser ett "
                    + "mönster."),
            Map.entry("vald-hot", "Konflikt mellan grupper; polisen följer upp med förebyggande samtal."),
            Map.entry("hot-mot-verksamhet", "Personalen har hotats vid flera tillfällen; verksamheten har gjort en "
                    + "riskbedömning."),
            Map.entry("skottlossning-sprangning", "Polisen utreder händelsen; risk för nya händelser i området."));

    /** An intervention EST decides for a kind of problem: title, description and the result reported. */
    record Intervention(String title, String description, String result) {
    }

    private static final Map<String, Intervention> INTERVENTIONS = Map.ofEntries(
            Map.entry("narkotika", new Intervention("Ökad polisiär närvaro kvällstid i %s",
                    "Polisen patrullerar kvällstid fyra dagar i veckan och samverkar med bostadsbolaget.",
                    "Polisen har patrullerat kvällstid som planerat; flera ingripanden och tips från boende.")),
            Map.entry("ungdomar-riskmiljo", new Intervention("Fältassistenter och kvällsöppen verksamhet i %s",
                    "Fältassistenter fredag och lördag kväll; fritidsgården har öppet längre.",
                    "Fältassistenterna har varit på plats varje helg och fritidsgården har haft kvällsöppet.")),
            Map.entry("ordningsstorning", new Intervention("Förstärkt närvaro fredag och lördag natt i %s",
                    "Polis och ordningsvakter på plats vid krogstängning.",
                    "Förstärkt närvaro genomförd fyra helger; färre anmälda bråk.")),
            Map.entry("skadegorelse", new Intervention("Sanering av klotter och skadegörelse i %s inom ett dygn",
                    "Klotter och skador åtgärdas inom 24 timmar så att platsen inte förfaller.",
                    "Klotter och skador har sanerats inom ett dygn efter varje anmälan.")),
            Map.entry("stold-inbrott", new Intervention("Stöldskydd och grannsamverkan i %s",
                    "Information om stöldskydd till boende och fastighetsägare; grannsamverkan startas.",
                    "Informationsmöte hållet; två nya grannsamverkansområden har startat.")),
            Map.entry("trafik-buskorning", new Intervention("Trafikkontroller mot buskörning i %s",
                    "Riktade kontroller kvällstid av mopeder och bilar.",
                    "Sex kontrolltillfällen genomförda; flera fordon har rapporterats.")),
            Map.entry("otrygg-miljo", new Intervention("Ny belysning och röjning av buskage i %s",
                    "Trasig belysning byts och buskage röjs så att platsen blir överblickbar.",
                    "Ny belysning är monterad och buskaget röjt.")),
            Map.entry("anlagd-brand", new Intervention("Låsta soprum och bortforsling av brännbart material i %s",
                    "Soprum låses nattetid och brännbart skräp forslas bort.",
                    "Soprummen låses och skräp har forslats bort; inga nya bränder i soprummen.")),
            Map.entry("vald-hot", new Intervention("Samordnad närvaro av polis och trygghetsvärdar i %s",
                    "Polis och trygghetsvärdar samordnar sina turer till de tider då våldet inträffar.",
                    "Samordnade turer genomförda; lugnare helger.")),
            Map.entry("hot-mot-verksamhet", new Intervention("Stöd till utsatt verksamhet i %s",
                    "Polisen och säkerhetsenheten går igenom rutiner och närvaro med verksamheten.",
                    "Genomgång gjord; personalen har nya rutiner och polisen har ökat närvaron.")),
            Map.entry("skottlossning-sprangning", new Intervention("Förstärkt polisiär närvaro och dialog med boende i %s",
                    "Synlig polis dygnet runt i området och dialogmöte med boende.",
                    "Förstärkt närvaro i två veckor och dialogmöte med ett fyrtiotal boende.")));

    private static final Intervention FALLBACK = new Intervention("Trygghetsvandring i %s",
            "Trygghetsvandring med boende, bostadsbolag och polis.", "Trygghetsvandringen är genomförd.");

    private DemoTexts() {
    }

    static String report(String category, String place, Random random) {
        List<String> texts = REPORTS.getOrDefault(category, List.of("Händelse vid %s."));
        return texts.get(random.nextInt(texts.size())).formatted(place);
    }

    static String knowledge(String category) {
        return KNOWLEDGE.getOrDefault(category, "Inga ytterligare uppgifter.");
    }

    static Intervention intervention(String category, String districtName) {
        Intervention template = INTERVENTIONS.getOrDefault(category, FALLBACK);
        return new Intervention(template.title().formatted(districtName), template.description(), template.result());
    }

    /** EST's prompt assessment of a report of violence, threat or shooting. */
    static String assessment(String category) {
        return switch (category) {
            case "skottlossning-sprangning" -> "Allvarlig händelse. Polisen förstärker närvaron direkt och EST tar upp "
                    + "den på måndagens genomgång.";
            case "hot-mot-verksamhet" -> "Verksamheten och säkerhetsenheten har kontakt; polisen ser över närvaron. "
                    + "Tas upp i veckans lägesbild.";
            default -> "Polisen har hanterat händelsen. Inget mer krävs före veckans genomgång.";
        };
    }

    /** How a deciding body judged an intervention's effect. */
    static String followUp(String effect) {
        return switch (effect) {
            case "GOOD" -> "Färre rapporter från området sedan insatsen; följs vidare i lägesbilden.";
            case "PARTLY" -> "Viss förbättring, men problemet finns kvar kvällstid. Följs upp igen om fyra veckor.";
            default -> "Ingen märkbar effekt. EST tar upp området på nytt.";
        };
    }
}
