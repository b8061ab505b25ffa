package vn.congkhai.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn cong-khai:kiem-tra}: checks every file of the content, as the bake does, and the compliance of the
 * disclosures, without writing the site.
 */
@Mojo(name = "kiem-tra", threadSafe = true)
public class CheckMojo extends BakeMojo {

    @Override
    protected boolean checkOnly() {
        return true;
    }
}
