package io.github.atlassianmcp.sandbox;

import io.github.atlassianmcp.testing.SpecValidation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that shares one sandbox among its tests (started before the first, closed after the last) and
 * checks exchanges against the official specs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SpecValidation.class)
public abstract class SandboxTest {

  protected SandboxFixture fx;

  @BeforeAll
  void startSandbox() {
    fx = new SandboxFixture();
  }

  @AfterAll
  void stopSandbox() {
    if (fx != null) {
      fx.close();
    }
  }
}
