package vn.congkhai.bench;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;

/** For the vanilla JBake benchmark only: writes a document's title and body, nothing else. */
public final class TrivialTemplateEngine extends AbstractTemplateEngine {

    public TrivialTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            writer.write("<h1>" + model.getContent().getTitle() + "</h1>" + model.getContent().getBody());
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }
}
