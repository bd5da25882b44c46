package io.diplomaticvisits.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeyCheckTests {

    @Test
    void onlyTheExactKeyMatches() {
        assertThat(ApiKeyCheck.matches("s3cret-key", "s3cret-key")).isTrue();
        assertThat(ApiKeyCheck.matches("s3cret-key", "s3cret-kez")).isFalse();
        assertThat(ApiKeyCheck.matches("s3cret-key", "s3cret-key ")).isFalse();
        assertThat(ApiKeyCheck.matches("s3cret-key", "S3CRET-KEY")).isFalse();
        assertThat(ApiKeyCheck.matches("s3cret-key", "s3cret")).isFalse();
        assertThat(ApiKeyCheck.matches("s3cret-key", "")).isFalse();
    }

    @Test
    void keysBeyondAsciiAreComparedAsUtf8() {
        assertThat(ApiKeyCheck.matches("khóa-bí-mật", "khóa-bí-mật")).isTrue();
        assertThat(ApiKeyCheck.matches("khóa-bí-mật", "khoa-bi-mat")).isFalse();
    }
}
