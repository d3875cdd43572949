package nl.route071.beveiliging;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.BeanFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every deployed model is checked before the engine parses it (a deployer that runs before Camunda's own),
 * so a model that could reach beyond the route is refused with a 400 naming the file and the element:
 * <ul>
 * <li>BPMN and DMN must be well-formed XML without a DOCTYPE;</li>
 * <li>no expression ({@code ${...}}, {@code #{...}}) may use reflection ({@code getClass}, {@code forName},
 * {@code Class}, {@code ClassLoader}, {@code Runtime}, {@code ProcessBuilder}, {@code java.lang.reflect}) or the
 * engine itself ({@code getProcessEngineServices}, {@code processEngine...});</li>
 * <li>an identifier of an expression that names a Spring bean must name one of Route071's own classes
 * ({@code ${identityService...}} is refused);</li>
 * <li>{@code camunda:class} and the other {@code camunda:...Class} attributes only name classes in {@code nl.route071};</li>
 * <li>no scripts (script tasks, {@code camunda:script}, script listeners);</li>
 * <li>DMN: FEEL only; any other {@code expressionLanguage} (JUEL, JavaScript, ...) is refused;</li>
 * <li>no CMMN.</li>
 * </ul>
 * The same rules hold at evaluation ({@link BeperkteExpressies}); this check says it at deployment, to the modeler.
 */
class Modelcontrole implements Deployer {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String DMN_CAMUNDA_NS = "http://camunda.org/schema/1.0/dmn";
    static final Pattern EXPRESSIE = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    static final Pattern REFLECTIE = Pattern.compile("getClass|forName|ClassLoader|classLoader|\\bClass\\b|\\bclass\\b|Runtime|ProcessBuilder"
            + "|java\\.lang|reflect|ProcessEngine|processEngine|getClassLoader|newInstance|loadClass|applicationContext|ApplicationContext");
    static final Pattern TEKST = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)(?!:\\w+\\s*\\()");
    static final Set<String> SLEUTELWOORDEN = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le",
            "ge", "div", "mod", "instanceof", "execution", "task", "authenticatedUserId", "variableContext", "externalTask", "caseExecution");

    private final BeanFactory beans;

    Modelcontrole(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            controleer(resource.getName(), resource.getBytes());
        }
    }

    void controleer(String naam, byte[] inhoud) {
        String klein = naam.toLowerCase(Locale.ROOT);
        if (klein.endsWith(".cmmn") || klein.endsWith(".cmmn10.xml") || klein.endsWith(".cmmn11.xml")) {
            throw weiger(naam, null, "CMMN-modellen worden niet gebruikt en niet aangenomen");
        }
        boolean bpmn = klein.endsWith(".bpmn") || klein.endsWith(".bpmn20.xml");
        boolean dmn = klein.endsWith(".dmn") || klein.endsWith(".dmn11.xml");
        if (!bpmn && !dmn) {
            return;
        }
        Document document = lees(naam, inhoud);
        bezoek(naam, document.getDocumentElement(), dmn, null);
    }

    private void bezoek(String naam, Element element, boolean dmn, String omringendId) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : omringendId;
        String soort = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
        if (soort.equals("scriptTask") || (CAMUNDA_NS.equals(element.getNamespaceURI()) && soort.equals("script"))) {
            throw weiger(naam, id, "scripts zijn niet toegestaan (" + soort + ")");
        }
        NamedNodeMap attributen = element.getAttributes();
        for (int i = 0; i < attributen.getLength(); i++) {
            Attr attribuut = (Attr) attributen.item(i);
            String attribuutnaam = attribuut.getLocalName() == null ? attribuut.getName() : attribuut.getLocalName();
            boolean camunda = CAMUNDA_NS.equals(attribuut.getNamespaceURI()) || DMN_CAMUNDA_NS.equals(attribuut.getNamespaceURI());
            if (camunda && (attribuutnaam.equals("class") || attribuutnaam.endsWith("Class"))
                    && !attribuut.getValue().trim().startsWith(BeperkteExpressies.APPLICATIE)) {
                throw weiger(naam, id, "camunda:" + attribuutnaam + " '" + attribuut.getValue() + "' is geen klasse van Route071 (nl.route071)");
            }
            if (attribuutnaam.equals("scriptFormat") || (camunda && attribuutnaam.equals("resource"))) {
                throw weiger(naam, id, "scripts zijn niet toegestaan (" + attribuutnaam + ")");
            }
            if (dmn && (attribuutnaam.equals("expressionLanguage") || attribuutnaam.equals("typeLanguage"))
                    && !attribuut.getValue().toLowerCase(Locale.ROOT).contains("feel")) {
                throw weiger(naam, id, "alleen FEEL is toegestaan in een beslistabel, niet '" + attribuut.getValue() + "'");
            }
            if (!dmn) {
                controleerExpressies(naam, id, attribuut.getValue());
            }
        }
        NodeList kinderen = element.getChildNodes();
        for (int i = 0; i < kinderen.getLength(); i++) {
            Node kind = kinderen.item(i);
            if (kind instanceof Element kindElement) {
                bezoek(naam, kindElement, dmn, id);
            }
            else if (!dmn && (kind.getNodeType() == Node.TEXT_NODE || kind.getNodeType() == Node.CDATA_SECTION_NODE)) {
                controleerExpressies(naam, id, kind.getNodeValue());
            }
        }
    }

    private void controleerExpressies(String naam, String id, String tekst) {
        if (tekst == null || (!tekst.contains("${") && !tekst.contains("#{"))) {
            return;
        }
        Matcher expressies = EXPRESSIE.matcher(tekst);
        while (expressies.find()) {
            String expressie = expressies.group(1);
            Matcher reflectie = REFLECTIE.matcher(expressie);
            if (reflectie.find()) {
                throw weiger(naam, id, "de expressie '" + expressies.group() + "' gebruikt reflectie of de engine zelf ('" + reflectie.group()
                        + "'); dat is niet toegestaan");
            }
            Matcher namen = IDENTIFIER.matcher(TEKST.matcher(expressie).replaceAll("''"));
            while (namen.find()) {
                String identifier = namen.group(1);
                if (!SLEUTELWOORDEN.contains(identifier) && beans.containsBean(identifier) && !BeperkteExpressies.eigenBean(beans, identifier)) {
                    throw weiger(naam, id, "de expressie '" + expressies.group() + "' gebruikt '" + identifier
                            + "', dat is geen onderdeel van Route071; expressies mogen alleen procesvariabelen en Route071's eigen beans gebruiken");
                }
            }
        }
    }

    private static Document lees(String naam, byte[] inhoud) {
        try {
            DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
            fabriek.setNamespaceAware(true);
            fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            fabriek.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            fabriek.setXIncludeAware(false);
            fabriek.setExpandEntityReferences(false);
            DocumentBuilder bouwer = fabriek.newDocumentBuilder();
            bouwer.setErrorHandler(null);
            return bouwer.parse(new ByteArrayInputStream(inhoud));
        }
        catch (Exception e) {
            throw new BadUserRequestException("Het model '" + naam + "' is geen geldig XML-bestand (geen DOCTYPE toegestaan): " + e.getMessage());
        }
    }

    static BadUserRequestException weiger(String naam, String element, String reden) {
        return new BadUserRequestException("Het model '" + naam + "' is geweigerd" + (element == null ? "" : " (element '" + element + "')")
                + ": " + reden + ".");
    }
}
