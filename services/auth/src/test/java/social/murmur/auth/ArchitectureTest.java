package social.murmur.auth;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.grpc.BindableService;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the package boundaries: features without cycles, adapters at the edges. */
class ArchitectureTest {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("social.murmur.auth");

	@Test
	void featuresDoNotDependOnEachOtherInCircles() {
		slices().matching("social.murmur.auth.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void noPackagesDependOnEachOtherInCircles() {
		slices().matching("social.murmur.auth.(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void theDomainDoesNotUseItsAdapters() {
		noClasses().that()
			.resideInAPackage("social.murmur.auth..")
			.and()
			.resideOutsideOfPackages("..web..", "..grpc..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("social.murmur.auth..web..", "social.murmur.auth..grpc..")
			.check(classes);
	}

	@Test
	void onlyGrpcAdaptersTalkGrpc() {
		noClasses().that()
			.resideInAPackage("social.murmur.auth..")
			.and()
			.resideOutsideOfPackage("..grpc..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.grpc..")
			.check(classes);
	}

	@Test
	void onlyWebAdaptersTalkHttp() {
		noClasses().that()
			.resideInAPackage("social.murmur.auth..")
			.and()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
			.check(classes);
	}

	@Test
	void controllersLiveInWebPackages() {
		classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..web..").check(classes);
	}

	@Test
	void grpcServicesLiveInGrpcPackages() {
		classes().that().areAssignableTo(BindableService.class).should().resideInAPackage("..grpc..").check(classes);
	}

	@Test
	void grpcAdaptersGoThroughUseCasesNotRepositories() {
		classes().that()
			.areAnnotatedWith(Repository.class)
			.should()
			.onlyBeAccessed()
			.byClassesThat()
			.resideOutsideOfPackage("..grpc..")
			.check(classes);
	}

}
