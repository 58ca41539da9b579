import { type ComponentType, createContext, useContext } from 'react';

// What other parts of the app put into the panels (the workshop's rating of the selected step, the
// after-workshop toggle in the toolbar), filled in by whoever composes the board: the panels import
// none of those parts.

export interface StepExtraProps {
  readonly stepId: string;
  readonly stepTitle: string;
}

export interface PanelSlots {
  /** Under the selected step's details in the inspector. */
  readonly StepExtra: ComponentType<StepExtraProps> | null;
  /** A step's rating, in its outline row (the participant's own ballot). */
  readonly StepRating: ComponentType<StepExtraProps> | null;
  /** Under a step's facts in its outline row (the step's imported service-desk figures). */
  readonly StepOutlineExtra: ComponentType<StepExtraProps> | null;
  /** Under the step details: what belongs to the selected step or note (its evidence). */
  readonly SelectionExtra: ComponentType | null;
  /** At the end of the toolbar, before Share. */
  readonly ToolbarExtra: ComponentType | null;
}

export const PanelSlotsContext = createContext<PanelSlots>({
  StepExtra: null,
  StepRating: null,
  StepOutlineExtra: null,
  SelectionExtra: null,
  ToolbarExtra: null,
});

export function usePanelSlots(): PanelSlots {
  return useContext(PanelSlotsContext);
}
