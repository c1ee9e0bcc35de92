package social.murmur.posts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the package boundaries of the service true. */
class ArchitectureTest {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("social.murmur.posts");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("social.murmur.posts.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void subPackagesHaveNoCycles() {
		slices().matching("social.murmur.posts.(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void domainDoesNotUseAdapters() {
		noClasses().that()
			.resideInAnyPackage("social.murmur.posts.status", "social.murmur.posts.status.text",
					"social.murmur.posts.timeline", "social.murmur.posts.account", "social.murmur.posts.media",
					"social.murmur.posts.favourite")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("social.murmur.posts..web..", "social.murmur.posts..grpc..",
					"social.murmur.posts..messaging..")
			.check(classes);
	}

	@Test
	void adaptersDoNotUseEachOther() {
		noClasses().that()
			.resideInAPackage("..posts..grpc..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("social.murmur.posts..web..", "social.murmur.posts..messaging..")
			.check(classes);
		noClasses().that()
			.resideInAPackage("social.murmur.posts..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("social.murmur.posts..web..", "social.murmur.posts..grpc..")
			.check(classes);
	}

	@Test
	void textHandlingIsPlainJava() {
		classes().that()
			.resideInAPackage("social.murmur.posts.status.text..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.jspecify..", "social.murmur.posts.status.text..",
					"social.murmur.platform.text..")
			.check(classes);
	}

	@Test
	void onlyRepositoriesTouchTheDatabase() {
		noClasses().that()
			.resideInAnyPackage("social.murmur.posts..web..", "social.murmur.posts..grpc..",
					"social.murmur.posts..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..")
			.check(classes);
	}

}
