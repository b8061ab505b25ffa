package vn.congkhai.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.congkhai.model.Schemas;

import java.io.File;
import java.nio.file.Path;

/** What every goal shares: the commune's folder, and the schemas its officers' editors read. */
abstract class CommuneMojo extends AbstractMojo {

    /** The commune's folder: content/, templates/, assets/, jbake.properties. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    protected Path commune() {
        return basedir.toPath().toAbsolutePath().normalize();
    }

    /** The JSON Schemas for the editors ({@value Schemas#EDITOR_FOLDER}), as this version of the generator has them. */
    protected void writeSchemas() {
        Schemas.writeForEditors(commune());
    }
}
