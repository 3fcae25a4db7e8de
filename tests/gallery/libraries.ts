import type { LibraryCases } from './cases/case.ts';
import { antdCases } from './cases/antd.ts';
import { blueprintCases } from './cases/blueprint.ts';
import { bootstrapCases } from './cases/bootstrap.ts';
import { bulmaCases } from './cases/bulma.ts';
import { carbonCases } from './cases/carbon.ts';
import { chakraCases } from './cases/chakra.ts';
import { elementplusCases } from './cases/elementplus.ts';
import { evergreenCases } from './cases/evergreen.ts';
import { fluentCases } from './cases/fluent.ts';
import { govukCases } from './cases/govuk.ts';
import { grommetCases } from './cases/grommet.ts';
import { mantineCases } from './cases/mantine.ts';
import { muiCases } from './cases/mui.ts';
import { polarisCases } from './cases/polaris.ts';
import { primereactCases } from './cases/primereact.ts';
import { radixCases } from './cases/radix.ts';
import { sldsCases } from './cases/slds.ts';
import { shoelaceCases } from './cases/shoelace.ts';
import { spectrumCases } from './cases/spectrum.ts';
import { patternflyCases } from './cases/patternfly.ts';
import { ionicCases } from './cases/ionic.ts';
import { uikitCases } from './cases/uikit.ts';
import { vuetifyCases } from './cases/vuetify.ts';
import { primerCases } from './cases/primer.ts';
import { cloudscapeCases } from './cases/cloudscape.ts';
import { foundationCases } from './cases/foundation.ts';
import { atlaskitCases } from './cases/atlaskit.ts';
import { ui5Cases } from './cases/ui5.ts';
import { naiveCases } from './cases/naive.ts';
import { daisyuiCases } from './cases/daisyui.ts';
import { quasarCases } from './cases/quasar.ts';
import { vaadinCases } from './cases/vaadin.ts';
import { fomanticCases } from './cases/fomantic.ts';
import { arcoCases } from './cases/arco.ts';
import { rsuiteCases } from './cases/rsuite.ts';

/** Every design system of the gallery, in the order their pages were written. */
export const libraries: LibraryCases[] = [muiCases, antdCases, polarisCases, bootstrapCases, govukCases, chakraCases, carbonCases, mantineCases, blueprintCases, fluentCases, radixCases, primereactCases, sldsCases, grommetCases, evergreenCases, spectrumCases, shoelaceCases, patternflyCases, elementplusCases, ionicCases, bulmaCases, uikitCases, vuetifyCases, primerCases, cloudscapeCases, foundationCases, atlaskitCases, ui5Cases, naiveCases, daisyuiCases, quasarCases, vaadinCases, fomanticCases, arcoCases, rsuiteCases];

/** Bundle names (`pages/<name>.ts`). */
export const libraryNames = libraries.map((l) => l.library);
