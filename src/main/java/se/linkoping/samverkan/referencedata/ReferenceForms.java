package se.linkoping.samverkan.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keeps the lists in Tasklist's forms equal to the reference data, without a release. The forms in {@code forms/}
 * carry the lists as they were when the form was drawn; after the engine's deployment at start, and after every
 * change an administrator makes, each form with a select of districts, categories or sources ({@code district},
 * {@code category}, {@code source}) is deployed as a new version of itself whose options are read from the database.
 * The models refer to forms with {@code formRefBinding="latest"}, so the next form opened offers the new list.
 * <p>
 * The latest version of a form is the template (so a process owner's version from Modeler keeps its texts), and a
 * form is deployed only when its options differ from that version's, so a restart deploys nothing new and neither
 * does a second node. A select people choose in offers the active entries; a select that only shows what was
 * recorded (disabled, read-only) offers every entry, retired ones too, so an old report still shows its district.
 */
@Component
class ReferenceForms implements SmartLifecycle {

    static final String DEPLOYMENT_NAME = "samverkan-referensdata";
    /** After the engine's deployment, before the living demo (phase 0) and the web server. */
    static final int PHASE = -10;

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceForms.class);

    private final ProcessEngine engine;
    private final ReferenceData data;
    private final PlatformTransactionManager transactions;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> formKeys;
    private volatile boolean running;

    ReferenceForms(ProcessEngine engine, ReferenceData data, PlatformTransactionManager transactions) {
        this.engine = engine;
        this.transactions = transactions;
        this.data = data;
        this.formKeys = formsOfferingLists();
    }

    /** The forms (their ids) that offer one of the lists, as found among the application's forms. */
    List<String> formKeys() {
        return formKeys;
    }

    /**
     * Deploys, in one deployment, every form whose latest version offers other options than the reference data.
     *
     * @return the ids of the forms deployed (empty when all were current)
     */
    synchronized List<String> refresh() {
        Map<ReferenceKind, List<ReferenceItem>> lists = new EnumMap<>(ReferenceKind.class);
        for (ReferenceKind kind : ReferenceKind.values()) {
            lists.put(kind, data.all(kind));
        }
        Map<String, String> changed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (String key : formKeys) {
            Optional<CamundaFormDefinitionEntity> latest = latest(key);
            if (latest.isEmpty()) {
                continue;
            }
            JsonNode deployed = read(latest.get());
            JsonNode current = deployed.deepCopy();
            withLists(current.path("components"), lists);
            if (!current.equals(deployed)) {
                changed.put(latest.get().getResourceName(), write(current));
                keys.add(key);
            }
        }
        if (!changed.isEmpty()) {
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME)
                    .source(DEPLOYMENT_NAME).enableDuplicateFiltering(false);
            changed.forEach(deployment::addString);
            deployment.deploy();
            LOG.info("Deployed the forms {} with the current districts, categories and sources", keys);
        }
        return keys;
    }

    /**
     * Once the change is committed, in a transaction of its own (the committed one takes no more work). Should the
     * deployment fail, the change stays made and the forms are brought up to date at the next change or start.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(ReferenceDataChanged change) {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            own.executeWithoutResult(status -> refresh());
        } catch (RuntimeException failed) {
            LOG.error("The forms offering the {} list could not be deployed anew", change.kind(), failed);
        }
    }

    /** Each select of a list gets its options: the active entries, or every entry where it only shows a value. */
    private void withLists(JsonNode components, Map<ReferenceKind, List<ReferenceItem>> lists) {
        for (JsonNode component : components) {
            withLists(component.path("components"), lists);
            Optional<ReferenceKind> kind = ReferenceKind.ofField(component.path("key").asText());
            if (kind.isEmpty() || !"select".equals(component.path("type").asText())
                    || component.has("valuesKey") || component.has("valuesExpression")) {
                continue;
            }
            boolean onlyShows = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
            ArrayNode values = json.createArrayNode();
            for (ReferenceItem item : lists.get(kind.get())) {
                if (item.active() || onlyShows) {
                    values.addObject().put("label", item.name()).put("value", item.code());
                }
            }
            ((ObjectNode) component).set("values", values);
        }
    }

    private Optional<CamundaFormDefinitionEntity> latest(String key) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return Optional.ofNullable(configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key)));
    }

    private JsonNode read(CamundaFormDefinitionEntity form) {
        try (InputStream content = engine.getRepositoryService().getResourceAsStream(form.getDeploymentId(),
                form.getResourceName())) {
            return json.readTree(content);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The form " + form.getKey() + " could not be read", unreadable);
        }
    }

    private String write(JsonNode form) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(form) + "\n";
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private List<String> formsOfferingLists() {
        List<String> keys = new ArrayList<>();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
                try (InputStream content = form.getInputStream()) {
                    JsonNode tree = json.readTree(content);
                    if (offersList(tree.path("components")) && !keys.contains(tree.path("id").asText())) {
                        keys.add(tree.path("id").asText());
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The application's forms could not be read", unreadable);
        }
        return List.copyOf(keys);
    }

    private static boolean offersList(JsonNode components) {
        for (JsonNode component : components) {
            if (offersList(component.path("components")) || "select".equals(component.path("type").asText())
                    && ReferenceKind.ofField(component.path("key").asText()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void start() {
        running = true;
        refresh();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
